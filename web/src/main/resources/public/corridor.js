// Draws a corridor's figures with ECharts from the data the page carries in data-chart: the
// investment stock as a line (a total at each date, so a line, never bars stacked on it), and
// projects, pledges and trade as bars of their own. Nothing is summed across kinds.
(function () {
    'use strict';
    const holder = document.getElementById('corridor-charts');
    if (!holder || typeof echarts === 'undefined') {
        return;
    }
    const data = JSON.parse(holder.dataset.chart);
    const currency = data.currency;
    const amount = value => {
        const abs = Math.abs(value);
        if (abs >= 1e9) return (value / 1e9).toFixed(2).replace(/\.?0+$/, '') + ' billion ' + currency;
        if (abs >= 1e6) return (value / 1e6).toFixed(2).replace(/\.?0+$/, '') + ' million ' + currency;
        return Math.round(value).toLocaleString('en') + ' ' + currency;
    };
    const years = Object.values(data.series).flatMap(one => one.points.map(point => point[0]));
    const chart = (title, series) => {
        const box = document.createElement('div');
        box.className = 'corridor-chart';
        holder.appendChild(box);
        const drawn = echarts.init(box, null, {renderer: 'canvas'});
        drawn.setOption({
            title: {text: title, textStyle: {fontSize: 14}},
            tooltip: {
                trigger: 'item',
                formatter: p => p.seriesName + ', ' + p.value[0] + ': ' + amount(p.value[1]) + ' (as read: ' + p.value[2] + ')'
            },
            legend: {bottom: 0},
            grid: {left: 10, right: 20, top: 40, bottom: 40, containLabel: true},
            xAxis: {type: 'value', minInterval: 1, min: Math.min(...years) - 1, max: Math.max(...years) + 1,
                axisLabel: {formatter: y => String(y)}},
            yAxis: {type: 'value', axisLabel: {formatter: amount}},
            series: series
        });
        window.addEventListener('resize', () => drawn.resize());
    };
    const kinds = Object.keys(data.series);
    const stock = kinds.filter(kind => data.series[kind].line);
    const flows = kinds.filter(kind => !data.series[kind].line);
    if (stock.length) {
        chart('Investment stock in ' + currency, stock.map(kind => ({
            name: data.series[kind].name, type: 'line', symbolSize: 10, data: data.series[kind].points
        })));
    }
    if (flows.length) {
        chart('Projects, pledges and trade in ' + currency, flows.map(kind => ({
            name: data.series[kind].name, type: 'bar', barMaxWidth: 24, data: data.series[kind].points
        })));
    }
}());
