package org.keepalived4j.config.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WildcardPatternTest {

    @ParameterizedTest(name = "{0} ~ {1} = {2}")
    @CsvSource(delimiter = ' ', value = {
            "*.conf a.conf true",
            "*.conf .a.conf false",
            ".* .a true",
            "a*b*c abxxbyc true",
            "a*b*c abxxbyd false",
            "*a*a*a*a*b aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaac false",
            "? a true",
            "? ab false",
            "[abc] b true",
            "[!abc] b false",
            "[^abc] d true",
            "[]x] ] true",
            "[a-c]z bz true",
            "[a-c]z dz false",
            "[[:digit:]] 7 true",
            "[[:alpha:]] 7 false",
            "\\* * true",
            "\\* a false",
            "[a a false",
            "[a [a true",
    })
    void matchesAsFnmatchWithPeriod(String pattern, String name, boolean expected) {
        assertThat(WildcardPattern.compile(pattern).matches(name)).isEqualTo(expected);
    }
}
