package org.keepalived4j.config.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** glob(3) with GLOB_MARK | GLOB_BRACE and keepalived's counting hooks, on an in-memory tree. */
class GlobTest {

    private final InMemoryConfigFiles files = new InMemoryConfigFiles("/etc/keepalived")
            .file("a.conf", "").file("b.conf", "").file(".hidden.conf", "").file("c.txt", "")
            .file("d1/x.conf", "").file("d2/x.conf", "").file("d2/y.conf", "").file("d3/z.conf", "")
            .file("sp ace.conf", "").file("st*r.conf", "").directory("empty");

    private Glob.Result glob(String pattern) {
        return Glob.expand(files, "/etc/keepalived", pattern);
    }

    @Test
    void aLiteralNameMatchesIfItExistsAndCountsAsMissingOtherwise() {
        assertThat(glob("a.conf").paths()).containsExactly("a.conf");
        Glob.Result none = glob("none.conf");
        assertThat(none.paths()).isEmpty();
        assertThat(none.missingFiles()).isEqualTo(1);
        assertThat(none.wildcards()).isFalse();
    }

    @Test
    void wildcardsListTheDirectoryAndSkipHiddenNames() {
        Glob.Result r = glob("*.conf");
        assertThat(r.paths()).containsExactly("a.conf", "b.conf", "sp ace.conf", "st*r.conf");
        assertThat(r.wildcards()).isTrue();
        assertThat(glob(".*").paths()).containsExactly("../", "./", ".hidden.conf");
        assertThat(glob("?.*").paths()).containsExactly("a.conf", "b.conf", "c.txt");
        assertThat(glob("[!a].conf").paths()).containsExactly("b.conf");
        assertThat(glob("[a-b].conf").paths()).containsExactly("a.conf", "b.conf");
    }

    @Test
    void aWildcardInAMissingDirectoryCountsTheDirectory() {
        Glob.Result r = glob("nodir/*.conf");
        assertThat(r.paths()).isEmpty();
        assertThat(r.missingDirectories()).isEqualTo(1);
        Glob.Result empty = glob("empty/*.conf");
        assertThat(empty.missingDirectories()).isZero();
        assertThat(empty.wildcards()).isTrue();
    }

    @Test
    void directoriesAreMarkedWithASlash() {
        assertThat(glob("d*").paths()).containsExactly("d1/", "d2/", "d3/");
        assertThat(glob("/etc/keepalived/empty").paths()).containsExactly("/etc/keepalived/empty/");
        assertThat(glob("d1/").paths()).containsExactly("d1/");
        assertThat(glob("a.conf/").paths()).isEmpty();
    }

    @Test
    void wildcardsInDirectoriesMatchEveryDirectoryAndCountMissingNames() {
        Glob.Result r = glob("d*/x.conf");
        assertThat(r.paths()).containsExactly("d1/x.conf", "d2/x.conf");
        assertThat(r.missingFiles()).isEqualTo(1);
        assertThat(glob("d?/*.conf").paths()).containsExactly("d1/x.conf", "d2/x.conf", "d2/y.conf", "d3/z.conf");
    }

    @Test
    void braceAlternativesAreGlobbedInTheirOwnOrder() {
        Glob.Result r = glob("{b,a,none}.conf");
        assertThat(r.paths()).containsExactly("b.conf", "a.conf");
        assertThat(r.missingFiles()).isEqualTo(1);
        assertThat(glob("d{2/{y,x},1/x}.conf").paths()).containsExactly("d2/y.conf", "d2/x.conf", "d1/x.conf");
        assertThat(glob("{*.txt,a.conf}").paths()).containsExactly("c.txt", "a.conf");
    }

    @Test
    void anUnbalancedBraceIsAnOrdinaryCharacter() {
        assertThat(glob("{a.conf").paths()).isEmpty();
        assertThat(glob("{a.conf").missingFiles()).isEqualTo(1);
        assertThat(Glob.hasBrace("{a.conf")).isTrue();
        assertThat(Glob.hasBrace("\\{a.conf")).isFalse();
    }

    @Test
    void backslashEscapesAWildcard() {
        assertThat(glob("st\\*r.conf").paths()).containsExactly("st*r.conf");
        assertThat(glob("sp ace.conf").paths()).containsExactly("sp ace.conf");
    }

    @Test
    void absoluteAndParentPaths() {
        assertThat(glob("/etc/keepalived/d1/*").paths()).containsExactly("/etc/keepalived/d1/x.conf");
        assertThat(Glob.expand(files, "/etc/keepalived/d1", "../d2/y.conf").paths()).containsExactly("../d2/y.conf");
    }

    @Test
    void explodingBracesAreCutOff() {
        Glob.Result r = glob("{a,b}".repeat(16));
        assertThat(r.tooLarge()).isTrue();
        assertThat(r.paths()).isEmpty();
    }
}
