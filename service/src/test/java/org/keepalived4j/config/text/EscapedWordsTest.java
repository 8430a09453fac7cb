package org.keepalived4j.config.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.Directive;
import org.keepalived4j.config.ScriptCommand;
import org.keepalived4j.config.SourcePos;

class EscapedWordsTest {

    private final Diagnostics diagnostics = new Diagnostics();
    private final SourcePos pos = new SourcePos("k.conf", 7);

    private List<String> split(String text) {
        return EscapedWords.split(text, pos, diagnostics).orElseThrow();
    }

    @Test
    void bothQuoteKindsGroupWordsAndVanishEvenMidWord() {
        assertThat(split("abcd\" efg h jkl \"mnop")).containsExactly("abcd efg h jkl mnop");
        assertThat(split("abcd \"efg h jkl\" mnop")).containsExactly("abcd", "efg h jkl", "mnop");
        assertThat(split("a'b \" c'd \"x y\"")).containsExactly("ab \" cd", "x y");
    }

    @Test
    void aQuoteOpenedAtTheVeryEndIsAcceptedAsKeepalivedDoes() {
        assertThat(split("x y'")).containsExactly("x", "y");
        assertThat(diagnostics.all()).isEmpty();
    }

    @Test
    void namedEscapes() {
        assertThat(split("\\a\\b\\E\\f\\n\\r\\t\\v")).containsExactly("\u0007\b\u001b\f\n\r\t\u000b");
    }

    @Test
    void numericAndControlEscapes() {
        assertThat(split("\\101\\7x \\x41\\x4142 \\cA\\cz \\777")).containsExactly("A\u0007x", "AB", "\u0001\u001a", "\u00ff");
    }

    @Test
    void anyOtherEscapedCharacterIsItselfAndQuotesLoseTheirPower() {
        assertThat(split("\\\\ \\\" \\' \\q \"in\\\"side\"")).containsExactly("\\", "\"", "'", "q", "in\"side");
    }

    @Test
    void xWithoutHexDigitsIsAnX() {
        assertThat(split("\\xg")).containsExactly("xg");
    }

    @Test
    void aWordEndsAtAnEscapedNul() {
        assertThat(split("ab\\0cd e")).containsExactly("ab", "e");
    }

    @Test
    void anUnterminatedQuoteRejectsTheWholeText() {
        assertThat(EscapedWords.split("a 'b c", pos, diagnostics)).isEmpty();
        assertThat(diagnostics.all()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(ConfigErrorKind.UNMATCHED_QUOTE);
            assertThat(d.pos()).isEqualTo(pos);
            assertThat(d.message()).isEqualTo("String 'a 'b c': missing terminating '");
        });
    }

    @Test
    void aBackslashAtTheEndRejectsTheTextWithANotice() {
        assertThat(EscapedWords.split("a b\\", pos, diagnostics)).isEmpty();
        assertThat(diagnostics.all()).singleElement().satisfies(d -> assertThat(d.kind()).isEqualTo(ConfigErrorKind.NOTICE));
        assertThat(diagnostics.configTestExitCode()).isZero();
    }

    @Test
    void aScriptIsTheSecondWordSplitAgain() {
        // verified with keepalived 2.2.7: only the first two of these find the script /tmp/lexer_kt/sd/sA
        assertThat(EscapedWords.scriptCommand("script \"/tmp/lexer_kt/sd/s\\x41 'a b'\"", pos, diagnostics))
                .contains(List.of("/tmp/lexer_kt/sd/sA", "a b"));
        assertThat(EscapedWords.scriptCommand("script /tmp/lexer_kt/sd/s\\x41 'a b' \"c d\"", pos, diagnostics))
                .contains(List.of("/tmp/lexer_kt/sd/sA"));
        assertThat(EscapedWords.scriptCommand("script '/tmp/lexer_kt/sd/s B'", pos, diagnostics))
                .contains(List.of("/tmp/lexer_kt/sd/s", "B"));
        assertThat(EscapedWords.scriptCommand("script", pos, diagnostics)).isEqualTo(Optional.empty());
    }

    @Test
    void theLineOfADirectiveQuotesOnlyTheWordsThatHeldWhiteSpace() {
        Directive d = Directive.line(pos, "script", "/bin/x 'a b'", "\\x41");
        assertThat(EscapedWords.lineOf(d)).isEqualTo("script \"/bin/x 'a b'\" \\x41");
        assertThat(EscapedWords.scriptCommand(EscapedWords.lineOf(d), pos, diagnostics)).contains(List.of("/bin/x", "a b"));
    }

    @Test
    void aScriptInSingleQuotesOrWithAnEscapedSpaceSplitsAsKeepalivedSplitsIt() {
        // keepalived 2.2.7 -t: misc_path '/bin/echo q r' -> '/bin/echo' 'q' 'r'; misc_path /bin/echo\ x y -> '/bin/echo' 'x'
        assertThat(EscapedWords.scriptCommand(Directive.line(pos, "misc_path", "'/bin/echo", "q", "r'"), diagnostics).map(ScriptCommand::argv))
                .contains(List.of("/bin/echo", "q", "r"));
        assertThat(EscapedWords.scriptCommand(Directive.line(pos, "misc_path", "/bin/echo\\", "x", "y"), diagnostics).map(ScriptCommand::argv))
                .contains(List.of("/bin/echo", "x"));
        // keepalived 2.2.7 -t: misc_path "/bin/echo 'q\tr' s\\t \101" -> '/bin/echo' 'q<TAB>r' 's<TAB>' 'A'
        assertThat(EscapedWords.scriptCommand(Directive.line(pos, "misc_path", "/bin/echo 'q\\tr' s\\\\t \\101"), diagnostics).map(ScriptCommand::argv))
                .contains(List.of("/bin/echo", "q\tr", "s\t", "A"));
        assertThat(EscapedWords.scriptCommand(Directive.line(pos, "misc_path"), diagnostics)).isEmpty();
    }

    @Test
    void theUserAndGroupAreTheWordsAfterTheScriptOnceTheLineIsReSplit() {
        ScriptCommand quoted = EscapedWords.scriptCommand(Directive.line(pos, "notify", "'/bin/x", "a", "b'"), diagnostics).orElseThrow();
        assertThat(quoted.user()).isEmpty();
        ScriptCommand owned = EscapedWords.scriptCommand(Directive.line(pos, "notify", "/bin/x a", "root", "daemon"), diagnostics).orElseThrow();
        assertThat(owned).isEqualTo(new ScriptCommand(List.of("/bin/x", "a"), Optional.of("root"), Optional.of("daemon")));
        assertThat(owned.pos()).isEqualTo(pos);
    }
}
