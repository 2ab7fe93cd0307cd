package org.tsunagu.web.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tsunagu.model.fact.FactType;

/**
 * Checks the colours network.js gives each kind of tie the way a reader with a colour-vision
 * deficiency would see them: each colour is run through the simulation matrices of Machado,
 * Oliveira and Fernandes (2009, severity 1) for protanopia, deuteranopia and tritanopia, and
 * every two kinds must stay at least {@value #MIN_DIFFERENCE} apart in CIELAB (ΔE*76; about 2.3 is
 * the smallest difference one can see, and lines are thin).
 */
class KindStylesTest {

    private static final double MIN_DIFFERENCE = 15;
    private static final Pattern STYLE = Pattern.compile(
            "(\\w+): \\{ colour: '#([0-9A-Fa-f]{6})', line: '(solid|dashed|dotted)' }");
    private static final Map<String, double[][]> DEFICIENCIES = Map.of(
            "protanopia", new double[][] {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216},
                    {-0.003882, -0.048116, 1.051998}},
            "deuteranopia", new double[][] {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413},
                    {-0.011820, 0.042940, 0.968881}},
            "tritanopia", new double[][] {{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602},
                    {0.004733, 0.691367, 0.303900}},
            "typical colour vision", new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}});

    private record KindStyle(String kind, String colour, String line) {
    }

    @Test
    void everyKindOfTieHasItsOwnStyle() throws IOException {
        List<KindStyle> styles = styles();

        assertThat(styles).extracting(KindStyle::kind)
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(FactType.values()).map(FactType::code).toList());
        assertThat(styles).extracting(KindStyle::colour).doesNotHaveDuplicates();
        assertThat(styles).extracting(KindStyle::line).contains("solid", "dashed", "dotted");
    }

    @Test
    void kindsOfTieStayApartForColourBlindReaders() throws IOException {
        List<KindStyle> styles = styles();

        DEFICIENCIES.forEach((deficiency, matrix) -> {
            for (int i = 0; i < styles.size(); i++) {
                for (int j = i + 1; j < styles.size(); j++) {
                    double difference = distance(lab(seen(styles.get(i).colour(), matrix)),
                            lab(seen(styles.get(j).colour(), matrix)));
                    assertThat(difference).as("%s and %s with %s", styles.get(i).kind(), styles.get(j).kind(),
                            deficiency).isGreaterThanOrEqualTo(MIN_DIFFERENCE);
                }
            }
        });
    }

    private static List<KindStyle> styles() throws IOException {
        try (InputStream in = KindStylesTest.class.getResourceAsStream("/public/network.js")) {
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String block = script.substring(script.indexOf("var KIND_STYLES"), script.indexOf("};", script.indexOf(
                    "var KIND_STYLES")));
            Map<String, KindStyle> styles = new LinkedHashMap<>();
            Matcher m = STYLE.matcher(block);
            while (m.find()) {
                styles.put(m.group(1), new KindStyle(m.group(1), m.group(2), m.group(3)));
            }
            return List.copyOf(styles.values());
        }
    }

    /** The linear RGB a reader with the deficiency sees for a colour. */
    private static double[] seen(String hex, double[][] matrix) {
        double[] linear = new double[3];
        for (int c = 0; c < 3; c++) {
            double v = Integer.parseInt(hex.substring(2 * c, 2 * c + 2), 16) / 255.0;
            linear[c] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        double[] out = new double[3];
        for (int r = 0; r < 3; r++) {
            double sum = 0;
            for (int c = 0; c < 3; c++) {
                sum += matrix[r][c] * linear[c];
            }
            out[r] = Math.min(1, Math.max(0, sum));
        }
        return out;
    }

    /** CIELAB under D65 from linear sRGB. */
    private static double[] lab(double[] rgb) {
        double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
        double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
        double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }

    private static double distance(double[] a, double[] b) {
        return Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
    }
}
