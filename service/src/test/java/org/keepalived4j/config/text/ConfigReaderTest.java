package org.keepalived4j.config.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keepalived4j.config.text.ReaderFixture.MAIN;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.Directive;
import org.keepalived4j.config.SourcePos;

/**
 * The lexical rules of keepalived 2.2.7, each example checked against the real binary
 * ({@code keepalived -t}) with unknown keywords, which it echoes with their line.
 */
class ConfigReaderTest {

    private final ReaderFixture f = new ReaderFixture();

    private static String at(ConfigErrorKind kind, int line, String message) {
        return kind + "@" + MAIN + ":" + line + ": " + message;
    }

    private static String at(ConfigErrorKind kind, String file, int line, String message) {
        return kind + "@" + file + ":" + line + ": " + message;
    }

    private static String nowhere(ConfigErrorKind kind, String message) {
        return kind + "@-: " + message;
    }

    @Nested
    class Comments {

        @Test
        void hashAndBangStartCommentsAnywhereOutsideDoubleQuotes() {
            f.read("a # comment\n! whole line\nb!c\n\"t#u\" v\n'w#x' y\n");
            assertThat(f.lines()).containsExactly("a", "b", "t#u|v", "'w");
            assertThat(f.problems()).isEmpty();
        }

        @Test
        void backslashEscapesACommentCharacterOutsideQuotesOnly() {
            f.read("k\\#l\nm\\!n\n\"q\\#r\"\n");
            assertThat(f.lines()).containsExactly("k#l", "m!n", "q\\#r");
        }

        @Test
        void blankAndCommentLinesKeepLineNumbers() {
            List<Directive> ds = f.read("\n# c\n   \n\t\na\n\n! x\nb\n");
            assertThat(ds).extracting(d -> d.pos().line()).containsExactly(5, 8);
        }

        @Test
        void carriageReturnsAtTheEndOfALineAreIgnored() {
            f.read("a1\r\na2 x\r\r\n");
            assertThat(f.lines()).containsExactly("a1", "a2|x");
        }

        @Test
        void aTrailingBackslashIsKeptAndDoesNotJoinLines() {
            f.read("i\\\nj\ncc \\\n");
            assertThat(f.lines()).containsExactly("i\\", "j", "cc\\");
        }

        @Test
        void textAfterANulOnALineIsIgnored() {
            f.read("a2\0zz\na3\n");
            assertThat(f.lines()).containsExactly("a2", "a3");
            assertThat(f.directives.get(1).pos().line()).isEqualTo(2);
        }
    }

    @Nested
    class Words {

        @Test
        void doubleQuotesGroupAndEndAWord() {
            f.read("\"a b\"c\np\"q r\"s\n");
            assertThat(f.lines()).containsExactly("a b|c", "p|q r|s");
        }

        @Test
        void singleQuotesAndBackslashesAreOrdinaryCharactersInWords() {
            f.read("'x y'z\n\"o\\tp\" q\\x41r\n");
            assertThat(f.lines()).containsExactly("'x|y'z", "o\\tp|q\\x41r");
        }

        @Test
        void whitespaceIncludesFormFeedAndVerticalTab() {
            f.read("\fa5\na6\u000bx\ta\n");
            assertThat(f.lines()).containsExactly("a5", "a6|x|a");
        }

        @Test
        void anUnterminatedQuoteIsReportedTwiceAndTheWordsBeforeItKept() {
            f.read("aa\"bb\n");
            assertThat(f.lines()).containsExactly("aa");
            assertThat(f.problems()).containsExactly(
                    at(ConfigErrorKind.GENERAL_ERROR, 1, "Unterminated quote 'aa\"bb'"),
                    at(ConfigErrorKind.UNMATCHED_QUOTE, 1, "Unmatched quote: 'aa\"bb'"));
            assertThat(f.diagnostics.configTestExitCode()).isEqualTo(5);
        }

        @Test
        void anEscapedQuoteDoesNotOpenAQuoteForCommentsButDoesForWords() {
            f.read("y\\\"z\n");
            assertThat(f.lines()).containsExactly("y\\");
            assertThat(f.problems()).containsExactly(at(ConfigErrorKind.UNMATCHED_QUOTE, 1, "Unmatched quote: 'y\\\"z'"));
        }

        @Test
        void linesOfAnyLengthStayOneLine() {
            String word = "L".repeat(100_000);
            f.read("a8" + word + " x\nnext\n");
            assertThat(f.lines()).containsExactly("a8" + word + "|x", "next");
        }
    }

    @Nested
    class Braces {

        @Test
        void severalStatementsAndBlocksMayShareALine() {
            f.read("vrrp_sync_group G { group { VI_1 VI_2 } }\n");
            assertThat(f.tree()).isEqualTo("vrrp_sync_group G {group {VI_1 VI_2}}");
            Directive g = f.directives.get(0);
            assertThat(g.pos()).isEqualTo(new SourcePos(MAIN, 1));
            assertThat(g.end()).isEqualTo(new SourcePos(MAIN, 1));
            assertThat(f.problems()).isEmpty();
        }

        @Test
        void aBlockMayOpenOnTheNextLineAndEndsAtItsClosingBrace() {
            f.read("global_defs\n{\n  router_id x\n\n}\nnext\n");
            assertThat(f.tree()).isEqualTo("global_defs {router_id x}; next");
            assertThat(f.directives.get(0).pos().line()).isEqualTo(1);
            assertThat(f.directives.get(0).end().line()).isEqualTo(5);
            assertThat(f.directives.get(0).children().get(0).end().line()).isEqualTo(3);
        }

        @Test
        void bracesNeedNoSpaces() {
            f.read("n{o}p\n");
            assertThat(f.tree()).isEqualTo("n {o}; p");
        }

        @Test
        void bracesInsideDoubleQuotesAreText() {
            f.read("i \"quoted { brace\" j\n'u{v' w\n");
            assertThat(f.tree()).isEqualTo("i quoted { brace j; 'u {v' w}");
        }

        @Test
        void anExtraClosingBraceIsReportedAndBecomesAStatementForTheParser() {
            f.read("a {\n}\nb\n\n\n\n\n}\n");
            assertThat(f.tree()).isEqualTo("a {}; b; }");
            assertThat(f.directives.get(2).pos().line()).isEqualTo(8);
            assertThat(f.problems()).containsExactly(at(ConfigErrorKind.UNEXPECTED_EOB, 8, "Extra '}' found"));
            assertThat(f.diagnostics.configTestExitCode()).isEqualTo(5);
        }

        @Test
        void anUnclosedBlockIsReportedWithoutAPosition() {
            f.read("a {\n  b\n");
            assertThat(f.tree()).isEqualTo("a {b}");
            assertThat(f.directives.get(0).end().line()).isEqualTo(2);
            assertThat(f.problems()).containsExactly(nowhere(ConfigErrorKind.MISSING_EOB, "There are 1 missing '}'s or extra '{'s"));
            assertThat(f.diagnostics.configTestExitCode()).isEqualTo(5);
        }

        @Test
        void aBraceFollowingNoStatementStaysAsAStatementSoItsCloseEndsTheEnclosingBlock() {
            // what keepalived reports about it depends on its keyword tree: BlockStructure's part
            f.read("x {\n  a {\n  }\n  { c }\n  d\n}\n");
            assertThat(f.tree()).isEqualTo("x {a {}; {; c}; d; }");
            Directive x = f.directives.get(0);
            assertThat(x.end().line()).isEqualTo(4);
            assertThat(x.brace().line()).isEqualTo(1);
            assertThat(x.closed()).isTrue();
            assertThat(f.problems()).isEmpty();
        }

        @Test
        void aQuotedBraceActsAsABraceButIsNotCounted() {
            f.read("k\n\"{\" m\nn\n\"}\"\n");
            assertThat(f.tree()).isEqualTo("k {n}");
            assertThat(f.problems()).isEmpty();
        }

        @Test
        void textAfterABraceIsReadAgainAsALineSoConditionalsAndDefinitionsApply() {
            f.read("k { @nothere zz } l\nm { $Z=q } $Z\nx\n");
            assertThat(f.tree()).isEqualTo("k {m {x}}");
            assertThat(f.problems()).containsExactly(nowhere(ConfigErrorKind.MISSING_EOB, "There are 2 missing '}'s or extra '{'s"));
        }
    }

    @Nested
    class Conditionals {

        @Test
        void aLineIsUsedOnlyWhenItsIdMatchesOrWithCaretWhenItDoesNot() {
            f.id("main").read("@main a1\n@^main a2\n@other a3\n@^other a4\n@main\ta5\n@main\n@ a6\n@^ a7\n@mai a8\n@mainx a9\n");
            assertThat(f.lines()).containsExactly("a1", "a4", "a5", "a7");
        }

        @Test
        void conditionalsCombineWithDefinitions() {
            f.id("main").read("@main $PRIORITY=240\n@backup $PRIORITY=200\npriority $PRIORITY\n");
            assertThat(f.lines()).containsExactly("priority|240");
        }

        @Test
        void aConditionalComingFromAParameterIsGarbledAsKeepalivedGarblesIt() {
            // keepalived 2.2.7 prints "Unknown keyword 'b1exerhost'" for this
            f.id("lexerhost").read("$IFM=@lexerhost\n$IFM b1 long\n$PFX=@lexerhost b3\n$PFX\n");
            assertThat(f.lines()).containsExactly("b1exerhost|b1|long", "b3");
        }
    }

    @Nested
    class ParameterSubstitution {

        @Test
        void definitionsAreReplacedRecursivelyAtUseTime() {
            f.read("$ADDRESS_BASE=10.2.${ADDRESS_BASE_SUB}\n$ADDRESS_BASE_SUB=0\n${ADDRESS_BASE}.100/32\n"
                    + "$ADDRESS_BASE_SUB=10\n${ADDRESS_BASE}.100/32\n");
            assertThat(f.lines()).containsExactly("10.2.0.100/32", "10.2.10.100/32");
        }

        @Test
        void aBareNameMustBeFollowedByBlankCommaParenthesisOrTheEnd() {
            f.read("$P1=pone\n$P1 $P1.x ${P1}.y $P1,z $P1)\n");
            assertThat(f.lines()).containsExactly("pone|$P1.x|pone.y|pone,z|pone)");
        }

        @Test
        void undefinedNamesAreLeftAsWritten() {
            f.read("a $NOTDEF ${UNDEF}x\n");
            assertThat(f.tree()).isEqualTo("a $NOTDEF $ {UNDEF}; x");
        }

        @Test
        void aSpaceBeforeTheEqualsSignIsNotADefinition() {
            f.read("$SP = val\nsp$SP\n");
            assertThat(f.lines()).containsExactly("$SP|=|val", "sp$SP");
        }

        @Test
        void emptyValuesAreAllowed() {
            f.read("$E=\ne${E}e\n");
            assertThat(f.lines()).containsExactly("ee");
        }

        @Test
        void commentCharactersInValuesStillStartComments() {
            f.read("$X=e#f\n$X\n$Y=g\\#h\n$Y\n\"e${_HASH}f\"\na${_HASH}b\nc${_BANG}d\n");
            assertThat(f.lines()).containsExactly("e", "g", "e#f", "a", "c");
        }

        @Test
        void multiLineDefinitionsExpandToSeveralLinesAtTheLineOfUse() {
            f.read("$ML= \\\n  ma$N \\\n  mb \\\n\n$N=1\n$ML\nnn\n$N=2\n$ML\n");
            assertThat(f.lines()).containsExactly("ma1", "mb", "nn", "ma2", "mb");
            assertThat(f.directives).extracting(d -> d.pos().line()).containsExactly(6, 6, 7, 9, 9);
        }

        @Test
        void aMultiLineDefinitionIsOnlyUsedAtTheEndOfALine() {
            f.read("$M=\\\n  m1_${N} \\\n  m2_${N}\n$N=5\npre $M\n$M tail\n${M}\n");
            assertThat(f.lines()).containsExactly("pre|m1_5", "m2_5", "$M|tail", "m1_5", "m2_5");
        }

        @Test
        void multiLineDefinitionsNest() {
            f.read("$RS=\\\nreal_server 10.0.0.${RS_NUM} 80 { \\\n  weight 1 \\\n}\n"
                    + "$VS=\\\nvirtual_server 10.0.0.1 80 { \\\n  $RS_NUM=1 \\\n  $RS \\\n  $RS_NUM=2 \\\n  $RS \\\n}\n$VS\n");
            assertThat(f.tree()).isEqualTo("virtual_server 10.0.0.1 80 {real_server 10.0.0.1 80 {weight 1}; "
                    + "real_server 10.0.0.2 80 {weight 1}}");
            assertThat(f.problems()).isEmpty();
        }

        @Test
        void aBlankLineEndsAMultiLineDefinition() {
            f.read("$EMPTY=\\\n\nafter\n$EMPTY x\n");
            assertThat(f.lines()).containsExactly("after", "x");
        }

        @Test
        void aSelfReferenceGrowsUntilTheLineIsFullAsInKeepalived() {
            f.read("$SELF=x${SELF}\nq${SELF}\n");
            // keepalived stops at its 1024-byte line buffer and uses the line as it is
            assertThat(f.directives.get(0).keyword()).isEqualTo("q" + "x".repeat(1015) + "$");
            assertThat(f.problemsOf(ConfigErrorKind.NOTICE)).hasSize(1);
            assertThat(f.diagnostics.configTestExitCode()).isZero();
        }

        @Test
        void aSubstitutionThatNeverEndsIsReportedAndItsLineDropped() {
            // keepalived 2.2.7 loops for ever on this
            f.read("$A=$A\n$A x\ny\n");
            assertThat(f.lines()).containsExactly("y");
            assertThat(f.problems()).containsExactly(at(ConfigErrorKind.GENERAL_ERROR, 2,
                    "Parameter substitution on line '$A x' does not terminate - ignoring the line"));
        }

        @Test
        void aLineRegrowingAfterABraceIsCut() {
            // keepalived 2.2.7 loops for ever on this
            f.read("$X={ ${X}\na $X\nb\n");
            // the first '{' opened a's block, which b joins once the runaway line is cut
            assertThat(f.directives.get(0).children()).last().extracting(Directive::keyword).isEqualTo("b");
            assertThat(f.problemsOf(ConfigErrorKind.GENERAL_ERROR)).singleElement().asString()
                    .startsWith(at(ConfigErrorKind.GENERAL_ERROR, 2, "Line keeps growing by parameter substitution after a brace"));
        }

        @Test
        void aValueStartingWithATildeIsExpandedAsASequence() {
            f.read("$T=~SEQ(V,1,2) tv$V\n$T\n$L=~LST(Q,a,b) l$Q\n$L\n");
            assertThat(f.lines()).containsExactly("tv1", "tv2", "la", "lb");
        }
    }

    @Nested
    class PredefinedParameters {

        @Test
        void instanceIsTheConfigId() {
            f.id("node7").read("r1 $_INSTANCE ${_INSTANCE}x\n");
            assertThat(f.lines()).containsExactly("r1|node7|node7x");
        }

        @Test
        void pwdIsTheDirectoryOfTheFileBeingRead() {
            f.file("/etc/keepalived/conf.d/a.conf", "in ${_PWD}\n");
            f.read("top ${_PWD}\ninclude conf.d/a.conf\n");
            assertThat(f.lines()).containsExactly("top|/etc/keepalived", "in|/etc/keepalived/conf.d");
        }

        @Test
        void randomHonoursItsBoundsAndKeepalivedsDigitCount() {
            f.options(ReaderOptions.defaults().withRandom(ReaderFixture.fixedRandom(123456)));
            f.read("r ${_RANDOM} ${_RANDOM 5 5} ${_RANDOM 7} ${_RANDOM 12 10} ${_RANDOM 1 2 3}\n");
            // 123456 % 32768 = 25152; 5; 123456 % 32761 + 7; 123456 + 12 cut to 2 digits; 123456 % 2 + 1
            assertThat(f.lines()).containsExactly("r|25152|5|25180|12|1");
        }

        @Test
        void hashAndBangProtectCommentCharactersInsideQuotes() {
            f.read("a \"x${_HASH}y${_BANG}z\"\n");
            assertThat(f.lines()).containsExactly("a|x#y!z");
        }

        @Test
        void predefinedNamesCanBeRedefined() {
            f.read("$_HASH=H\nr6 ${_HASH}\n");
            assertThat(f.lines()).containsExactly("r6|H");
        }
    }

    @Nested
    class Sequences {

        @Test
        void seqCountsWithDefaultsForStartAndStep() {
            f.read("~SEQ(I,1,3) s$I\n~SEQ(J, 3) t$J\n~SEQ(K,5,-2,1) u$K\n~SEQ(F,-3) f$F\n~SEQ(Z,0,0) z$Z\n");
            assertThat(f.lines()).containsExactly("s1", "s2", "s3", "t1", "t2", "t3", "u5", "u3", "u1", "f-1", "f-2", "f-3", "z0");
            assertThat(f.directives).extracting(d -> d.pos().line()).containsExactly(1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4, 5);
        }

        @Test
        void seqxFormatsInHexAndNumbersAreReadAsC() {
            f.read("~SEQx(H,0x9,0x1,0xb) v$H\n~SEQ(A,0x10,0x12) a$A\n~SEQ(B,010,012) b$B\n~SEQ( D , 1 , 2 ) d$D\n");
            assertThat(f.lines()).containsExactly("v9", "va", "vb", "a16", "a17", "a18", "b8", "b9", "b10", "d1", "d2");
        }

        @Test
        void severalSequencesOnALineNest() {
            f.read("~SEQ(A,1,2) ~SEQ(B,1,2) w${A}_$B\n");
            assertThat(f.lines()).containsExactly("w1_1", "w1_2", "w2_1", "w2_2");
        }

        @Test
        void sequenceBoundsMayBeParameters() {
            f.read("$MAX=2\n~SEQ(W,1,$MAX) w$W\n");
            assertThat(f.lines()).containsExactly("w1", "w2");
        }

        @Test
        void aSequenceMayRepeatAMultiLineDefinition() {
            f.read("$MULTI=\\\n mu_${I} \\\n mv_${I}\n~SEQ(I,1,2) $MULTI\n");
            assertThat(f.lines()).containsExactly("mu_1", "mv_1", "mu_2", "mv_2");
        }

        @Test
        void bracesInTheRepeatedTextAreRepeatedToo() {
            f.read("~SEQ(Y,1,2) { y$Y }\n");
            assertThat(f.tree()).isEqualTo("{; y1; }; {; y2; }");
            assertThat(f.problemsOf(ConfigErrorKind.UNEXPECTED_EOB)).isEmpty();
        }

        @Test
        void invalidSequencesAreReportedAsKeepalivedReportsThem() {
            f.read("~SEQ(E,3,1,1) bad\n~SEQx(G,-1,1) g\n~SEQ(C) c\n~SEQ(D,1,2 d\n~SEQ E\n~SEQ(G,1,2,3,4) g\nok\n");
            assertThat(f.lines()).containsExactly("ok");
            assertThat(f.problems()).containsExactly(
                    at(ConfigErrorKind.GENERAL_ERROR, 1, "Invalid ~SEQ values '~SEQ(E,3,1,1) bad'"),
                    at(ConfigErrorKind.GENERAL_ERROR, 1, "Invalid ~SEQ specification '~SEQ(E,3,1,1) bad'"),
                    at(ConfigErrorKind.GENERAL_ERROR, 2, "~SEQx is only valid for positive numbers '~SEQx(G,-1,1) g'"),
                    at(ConfigErrorKind.GENERAL_ERROR, 2, "Invalid ~SEQ specification '~SEQx(G,-1,1) g'"),
                    at(ConfigErrorKind.GENERAL_ERROR, 3, "Invalid ~SEQ definition '~SEQ(C) c'"),
                    at(ConfigErrorKind.GENERAL_ERROR, 3, "Invalid ~SEQ specification '~SEQ(C) c'"),
                    at(ConfigErrorKind.GENERAL_ERROR, 4, "~SEQ parameter strings too long '~SEQ(D,1,2 d'"),
                    at(ConfigErrorKind.GENERAL_ERROR, 4, "Invalid ~SEQ specification '~SEQ(D,1,2 d'"),
                    at(ConfigErrorKind.GENERAL_ERROR, 5, "Invalid ~SEQ specification '~SEQ E'"),
                    at(ConfigErrorKind.GENERAL_ERROR, 6, "Invalid ~SEQ definition '~SEQ(G,1,2,3,4) g'"),
                    at(ConfigErrorKind.GENERAL_ERROR, 6, "Invalid ~SEQ specification '~SEQ(G,1,2,3,4) g'"));
        }

        @Test
        void afterAnInvalidListSequencesWaitAsInKeepalived() {
            // keepalived 2.2.7 miscounts a failed ~LST: the next ~SEQ is only expanded once another is added
            f.read("~LST(\n~SEQ(I,1,3) x$I\nafter\n~SEQ(J,1,2) y$J\nend\n");
            assertThat(f.lines()).containsExactly("after", "y1", "y2", "end");
        }

        @Test
        void otherTildeLinesAreStatements() {
            f.read("~FOO bar $X\n");
            assertThat(f.lines()).containsExactly("~FOO|bar|$X");
        }

        @Test
        void aHugeSequenceStopsAtTheLineBudgetAndIsReported() {
            f.options(ReaderOptions.defaults().withMaxLines(1000));
            f.read("~SEQ(I,1,1000000000000) x$I\n");
            assertThat(f.directives).hasSizeLessThan(1000);
            assertThat(f.problems()).singleElement().asString()
                    .startsWith(at(ConfigErrorKind.GENERAL_ERROR, 1, "Configuration too large: more than 1000 lines"));
        }

        @Test
        void aSequenceAtTheEndOfTheLongRangeStops() {
            f.read("~SEQ(I,9223372036854775806,1,9223372036854775807) x$I\n");
            assertThat(f.lines()).containsExactly("x9223372036854775806", "x9223372036854775807");
        }
    }

    @Nested
    class Lists {

        @Test
        void listsSetOneOrSeveralVariablesPerRound() {
            f.read("~LST(L, p, q) x$L\n~LST({M,N},{1,2},{3}) y${M}_${N}_\n");
            assertThat(f.lines()).containsExactly("xp", "xq", "y1_2_", "y3__");
        }

        @Test
        void listsNestAndCombineWithSequences() {
            f.read("~LST(R, 1, 2) ~LST(S, a, b) r${R}${S}\n~LST({IP, IP1}, {10,1},{20,4}) ~SEQ(IP2,168,2,170) 192.${IP2}.${IP}.${IP1}\n");
            assertThat(f.lines()).containsExactly("r1a", "r1b", "r2a", "r2b",
                    "192.168.10.1", "192.170.10.1", "192.168.20.4", "192.170.20.4");
        }

        @Test
        void invalidListsAreReported() {
            f.read("~LST({T,U},{1,2,3}) bad2\n~LSTx(P,1) p\n");
            assertThat(f.lines()).isEmpty();
            assertThat(f.problems()).containsExactly(
                    at(ConfigErrorKind.GENERAL_ERROR, 1, "~LST specification has too many values '~LST({T,U},{1,2,3}) bad2'"),
                    at(ConfigErrorKind.GENERAL_ERROR, 1, "Invalid ~LST specification '~LST({T,U},{1,2,3}) bad2'"),
                    at(ConfigErrorKind.GENERAL_ERROR, 2, "Invalid ~LST specification '~LSTx(P,1) p'"));
        }
    }

    @Nested
    class Includes {

        @Test
        void includedFilesAreReadInPlaceAndNamedAsTheGlobMatchedThem() {
            f.file("/etc/keepalived/sub/a.conf", "a1\ninclude ../sub2/b.conf\na2\n");
            f.file("/etc/keepalived/sub2/b.conf", "b1\n");
            f.read("x {\ninclude sub/a.conf\n}\nm1\n");
            assertThat(f.tree()).isEqualTo("x {a1; b1; a2}; m1");
            Directive x = f.directives.get(0);
            assertThat(x.children()).extracting(Directive::pos).containsExactly(
                    new SourcePos("sub/a.conf", 1), new SourcePos("../sub2/b.conf", 1), new SourcePos("sub/a.conf", 3));
            assertThat(x.end()).isEqualTo(new SourcePos(MAIN, 3));
            assertThat(f.directives.get(1).pos()).isEqualTo(new SourcePos(MAIN, 4));
        }

        @Test
        void globsAreSortedAndBraceAlternativesKeepTheirOrder() {
            f.file("/etc/keepalived/d/b.conf", "b\n").file("/etc/keepalived/d/a.conf", "a\n").file("/etc/keepalived/d/c.txt", "c\n");
            f.read("include d/*.conf\ninclude d/{c.txt,b.conf}\ninclude d/[ab].conf\n");
            assertThat(f.lines()).containsExactly("a", "b", "c", "b", "a", "b");
        }

        @Test
        void theIncludePatternIsTheRestOfTheLine() {
            f.file("/etc/keepalived/b c.conf", "qb\n");
            f.read("include b c.conf\ninclude \"b c.conf\"\ninclude\nincludex a\n");
            assertThat(f.lines()).containsExactly("qb", "include", "includex|a");
            assertThat(f.problems()).containsExactly(at(ConfigErrorKind.UNCOUNTED, 2, "Config files missing '\"b c.conf\"'."));
        }

        @Test
        void includesWorkAfterConditionalsAndSubstitution() {
            f.file("/etc/keepalived/a.conf", "qa\n");
            f.id("main").read("@main include a.conf\n@^main include a.conf\n$I=include a.conf\n$I\n");
            assertThat(f.lines()).containsExactly("qa", "qa");
        }

        @Test
        void aMissingPlainIncludeIsOnlyANotice() {
            f.read("include /tmp/kt/nonexist.conf\nglobal_defs {\n}\n");
            assertThat(f.problems()).containsExactly(at(ConfigErrorKind.UNCOUNTED, 1, "Config files missing '/tmp/kt/nonexist.conf'."));
            assertThat(f.diagnostics.configTestExitCode()).isZero();
        }

        @Test
        void eachVariantMakesItsOwnChecksErrorsWhichStopKeepalivedWithStatus6() {
            f.files.directory("/etc/keepalived/m/dir");
            f.files.executable("/etc/keepalived/m/exe.conf", "x\n");
            f.file("/etc/keepalived/m/ok.conf", "ok\n");
            f.read("include m/dir\nincluder m/dir\nincludem m/none.conf\nincludem m/*.none\nincludew m/*.none\n"
                    + "includeb m/{ok,none}.conf\nincludew m/{ok,none}.conf\nincludea m/exe.conf\ninclude nod/*.conf\n");
            assertThat(f.problems()).containsExactly(
                    at(ConfigErrorKind.UNCOUNTED, 1, "Configuration file 'm/dir/' is a directory - skipping"),
                    at(IncludeStack.COUNTED_INCLUDE_PROBLEM, 2, "Configuration file 'm/dir/' is a directory - skipping"),
                    at(IncludeStack.COUNTED_INCLUDE_PROBLEM, 3, "Config files missing 'm/none.conf'."),
                    at(IncludeStack.COUNTED_INCLUDE_PROBLEM, 5, "No config files matched 'm/*.none'."),
                    at(IncludeStack.COUNTED_INCLUDE_PROBLEM, 6, "Some config files missing: \"m/{ok,none}.conf\"."),
                    at(ConfigErrorKind.UNCOUNTED, 7, "Some config files missing: \"m/{ok,none}.conf\"."),
                    at(IncludeStack.COUNTED_INCLUDE_PROBLEM, 8, "Configuration file 'm/exe.conf' is not a regular non-executable file - skipping"),
                    at(ConfigErrorKind.UNCOUNTED, 9, "Config files missing 'nod/*.conf'."));
            // includeb skipped its glob, includew read the match that exists
            assertThat(f.lines()).containsExactly("ok");
            assertThat(f.diagnostics.configTestExitCode()).isEqualTo(6);
        }

        @Test
        void includeCheckInGlobalDefsAppliesToLaterIncludes() {
            f.read("include m/none.conf\nglobal_defs {\n include_check\n}\ninclude m/none.conf\n");
            assertThat(f.problems()).containsExactly(
                    at(ConfigErrorKind.UNCOUNTED, 1, "Config files missing 'm/none.conf'."),
                    at(IncludeStack.COUNTED_INCLUDE_PROBLEM, 5, "Config files missing 'm/none.conf'."));
        }

        @Test
        void includeCheckOptionsAddRemoveAndComplain() {
            f.read("global_defs {\n include_check read\n}\ninclude m/none.conf\n"
                    + "global_defs {\n include_check +match -read\n}\ninclude m/none2.conf\n"
                    + "global_defs {\n include_check readable match match\n}\n");
            assertThat(f.problems()).containsExactly(
                    at(ConfigErrorKind.UNCOUNTED, 4, "Config files missing 'm/none.conf'."),
                    at(IncludeStack.COUNTED_INCLUDE_PROBLEM, 8, "Config files missing 'm/none2.conf'."),
                    at(ConfigErrorKind.GENERAL_ERROR, 10, "Unknown include_check type 'readable' - ignoring"),
                    at(ConfigErrorKind.GENERAL_ERROR, 10, "Duplicate include_check 'match' specified - ignoring"),
                    at(ConfigErrorKind.GENERAL_ERROR, 10, "Duplicate include_check 'match' specified - ignoring"));
        }

        @Test
        void includeCheckCountsWhereKeepalivedReadsItAsPartOfGlobalDefs() {
            // keepalived reads the blocks of unknown keywords, and what follows a global_defs
            // without '{' up to the next '}', as global_defs
            f.read("typo {\n global_defs {\n  x {\n   include_check\n  }\n }\n}\ninclude none1.conf\n"
                    + "global_defs {\n include_check read\n}\n"
                    + "global_defs\n include_check\n}\ninclude none2.conf\n");
            assertThat(f.problems()).containsExactly(
                    at(IncludeStack.COUNTED_INCLUDE_PROBLEM, 8, "Config files missing 'none1.conf'."),
                    at(ConfigErrorKind.UNEXPECTED_EOB, 14, "Extra '}' found"),
                    at(IncludeStack.COUNTED_INCLUDE_PROBLEM, 15, "Config files missing 'none2.conf'."));
        }

        @Test
        void includeCheckOutsideGlobalDefsIsAnOrdinaryStatement() {
            f.read("include_check\nvrrp_instance X {\n include_check\n}\ninclude m/none.conf\n");
            assertThat(f.problems()).containsExactly(at(ConfigErrorKind.UNCOUNTED, 5, "Config files missing 'm/none.conf'."));
        }

        @Test
        void anIncludedFileCannotChangeIncludeCheckForItsIncluder() {
            f.file("/etc/keepalived/strict.conf", "global_defs {\n include_check\n}\ninclude none1.conf\n");
            f.read("include strict.conf\ninclude none2.conf\n");
            assertThat(f.problems()).containsExactly(
                    at(IncludeStack.COUNTED_INCLUDE_PROBLEM, "strict.conf", 4, "Config files missing 'none1.conf'."),
                    at(ConfigErrorKind.UNCOUNTED, 2, "Config files missing 'none2.conf'."));
        }

        @Test
        void theCommandLineCanMakeEveryIncludeStrict() {
            f.options(f.options.withCheckAllIncludes(true)).read("include m/none.conf\n");
            assertThat(f.problems()).containsExactly(at(IncludeStack.COUNTED_INCLUDE_PROBLEM, 1, "Config files missing 'm/none.conf'."));
        }

        @Test
        void anUnreadableIncludeIsSkipped() {
            f.files.unreadable("/etc/keepalived/secret.conf", "Permission denied");
            f.read("includer secret.conf\nafter\n");
            assertThat(f.lines()).containsExactly("after");
            assertThat(f.problems()).containsExactly(at(IncludeStack.COUNTED_INCLUDE_PROBLEM, 1,
                    "Configuration file 'secret.conf' open problem (Permission denied) - skipping"));
        }

        @Test
        void includeLoopsTerminate() {
            f.file("/etc/keepalived/loop/self.conf", "l1\ninclude self.conf\nl2\n");
            f.read("include loop/self.conf\ninclude loop/*.conf\n");
            assertThat(f.lines()).containsExactly("l1", "l2", "l1", "l2");
            assertThat(f.problems()).containsExactly(
                    at(ConfigErrorKind.UNCOUNTED, "loop/self.conf", 2, "Configuration file 'self.conf' is already being read (include loop) - skipping"),
                    at(ConfigErrorKind.UNCOUNTED, "loop/self.conf", 2, "Configuration file 'self.conf' is already being read (include loop) - skipping"));
        }

        @Test
        void mutuallyIncludingFilesWithWildcardsTerminate() {
            for (String n : List.of("a", "b", "c", "d")) {
                f.file("/etc/keepalived/w/" + n + ".conf", n + "\ninclude *.conf\n");
            }
            f.read("include w/*.conf\n");
            // each file once per path through the include tree, none of them twice on one path
            assertThat(f.directives).hasSize(4 * (1 + 3 * (1 + 2 * (1 + 1))));
        }

        @Test
        void deepIncludeChainsAreCut() {
            for (int i = 0; i < 100; i++) {
                f.file("/etc/keepalived/chain/" + i + ".conf", "c" + i + "\ninclude " + (i + 1) + ".conf\n");
            }
            f.read("include chain/0.conf\n");
            // the main file and 63 includes are open when the 64th include is refused
            assertThat(f.directives).hasSize(63);
            assertThat(f.problemsOf(ConfigErrorKind.UNCOUNTED)).singleElement().asString().contains("Too many open files");
        }

        @Test
        void globsThatExpandWithoutEndAreAGlobError() {
            f.read("include " + "{a,b}".repeat(20) + "\n");
            assertThat(f.problems()).singleElement().asString().contains("Error reading config file(s): glob(");
        }
    }

    @Nested
    class MainFile {

        @Test
        void aMissingMainFileIsFileNotFound() {
            assertThat(f.readMain("/tmp/kt/nonexist.conf")).isEmpty();
            assertThat(f.problems()).containsExactly(nowhere(ConfigErrorKind.FILE_NOT_FOUND, "Config files missing '/tmp/kt/nonexist.conf'."));
        }

        @Test
        void aDirectoryIsFileNotFound() {
            f.files.directory("/etc/keepalived/d1");
            assertThat(f.readMain("/etc/keepalived/d1")).isEmpty();
            assertThat(f.problems()).containsExactly(nowhere(ConfigErrorKind.FILE_NOT_FOUND,
                    "Configuration file '/etc/keepalived/d1/' is a directory - skipping"));
        }

        @Test
        void anExecutableOrUnreadableFileIsFileNotFound() {
            f.files.executable("/etc/keepalived/x.conf", "a\n").unreadable("/etc/keepalived/u.conf", "Permission denied");
            f.readMain("x.conf");
            f.readMain("u.conf");
            assertThat(f.problems()).containsExactly(
                    nowhere(ConfigErrorKind.FILE_NOT_FOUND, "Configuration file 'x.conf' is not a regular non-executable file - skipping"),
                    nowhere(ConfigErrorKind.FILE_NOT_FOUND, "Unable to read configuration file u.conf"));
        }

        @Test
        void aWildcardMatchingNothingIsFileNotFound() {
            f.file("/etc/keepalived/keepalived.conf", "");
            f.readMain("/etc/keepalived/*.none");
            assertThat(f.problems()).containsExactly(nowhere(ConfigErrorKind.FILE_NOT_FOUND, "No config files matched '/etc/keepalived/*.none'."));
        }

        @Test
        void severalMatchesAreAllReadWithAWarning() {
            f.file("/etc/keepalived/multi/b.conf", "mb\n").file("/etc/keepalived/multi/a.conf", "ma\n");
            f.readMain("/etc/keepalived/multi/*.conf");
            assertThat(f.lines()).containsExactly("ma", "mb");
            assertThat(f.directives.get(1).pos()).isEqualTo(new SourcePos("/etc/keepalived/multi/b.conf", 1));
            assertThat(f.problems()).containsExactly(nowhere(ConfigErrorKind.MULTIPLE_FILES,
                    "WARNING, multiple configuration file matches of /etc/keepalived/multi/*.conf, starting with /etc/keepalived/multi/a.conf"));
        }

        @Test
        void aRelativeMainFileIsReadFromTheWorkingDirectoryAndKeepsItsName() {
            f.file("/etc/keepalived/sub/a.conf", "a1\n");
            f.file("/etc/keepalived/rel.conf", "include sub/a.conf\np\n");
            f.readMain("rel.conf");
            assertThat(f.directives).extracting(Directive::pos)
                    .containsExactly(new SourcePos("sub/a.conf", 1), new SourcePos("rel.conf", 2));
        }
    }

    @Nested
    class Limits {

        @Test
        void deepNestingIsFlattenedBeyondTheLimit() {
            f.read("a {".repeat(100) + "\n" + "}".repeat(100) + "\n");
            Directive d = f.directives.get(0);
            int depth = 1;
            while (d.hasBlock() && !d.children().isEmpty() && d.children().get(0).hasBlock()) {
                d = d.children().get(0);
                depth++;
            }
            assertThat(depth).isEqualTo(64);
            // the braces beyond the limit stay in the tree as statements, so no line is lost
            assertThat(d.children()).filteredOn(c -> c.keyword().equals("{")).hasSize(36);
            assertThat(f.directives).filteredOn(c -> c.keyword().equals("}")).hasSize(36);
            assertThat(f.problemsOf(ConfigErrorKind.UNEXPECTED_BOB)).isEmpty();
        }

        @Test
        void manyLinesAreReadInOrder() {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 100_000; i++) {
                sb.append("k").append(i).append(" v { x }\n");
            }
            f.read(sb.toString());
            assertThat(f.directives).hasSize(100_000);
            assertThat(f.directives.get(99_999).pos().line()).isEqualTo(100_000);
            assertThat(f.problems()).isEmpty();
        }
    }
}
