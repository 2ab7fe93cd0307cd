package org.tsunagu.cli.load;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@code load} reads what Spark wrote without Spark: the command and the web server never carry it. */
class SparkFreeClasspathTest {

    @Test
    void keepsSparkOffTheCommandsClasspath() {
        assertThatThrownBy(() -> Class.forName("org.apache.spark.SparkContext"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("org.tsunagu.spark.ExtractJob"))
                .isInstanceOf(ClassNotFoundException.class);
    }
}
