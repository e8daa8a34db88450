package org.tidtam.template.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tidtam.i18n.Lang;
import org.tidtam.template.EngineOptions;
import org.tidtam.template.EngineOptions.Limits;
import org.tidtam.template.RenderModel;
import org.tidtam.template.RenderOptions;
import org.tidtam.template.TemplateEngine;
import org.tidtam.template.TemplateException;
import org.tidtam.template.TestDocx;
import org.tidtam.template.Vocabulary;

class PackageReaderTests {

  private static final TemplateEngine ENGINE = TemplateEngine.create();

  private static TemplateException refusal(byte[] docx) {
    return refusal(ENGINE, docx);
  }

  private static TemplateException refusal(TemplateEngine engine, byte[] docx) {
    try {
      engine.compile("hostile.docx", docx, Vocabulary.ANY);
    } catch (TemplateException e) {
      return e;
    }
    throw new AssertionError("the package was accepted");
  }

  private static byte[] sample() {
    return TestDocx.create().header("h {{v}}").p("{{v}}").bytes();
  }

  private static byte[] withNumbering(byte[] docx) {
    return TestDocx.withEntry(
        docx,
        "word/numbering.xml",
        none ->
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>");
  }

  private static String headerEntry(byte[] docx) {
    return HostilePackages.entryNames(docx).stream()
        .filter(n -> n.startsWith("word/header"))
        .findFirst()
        .orElseThrow();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "word/document.xml",
        "word/styles.xml",
        "header",
        "word/numbering.xml",
        "[Content_Types].xml",
        "_rels/.rels",
        "word/_rels/document.xml.rels"
      })
  void refusesAnExternalEntityInEveryPartWithoutFetchingIt(String part) throws IOException {
    try (ServerSocketChannel server = ServerSocketChannel.open()) {
      server.bind(new InetSocketAddress("127.0.0.1", 0));
      server.configureBlocking(false);
      int port = ((InetSocketAddress) server.getLocalAddress()).getPort();
      byte[] docx = withNumbering(sample());
      String entry = part.equals("header") ? headerEntry(docx) : part;
      String doctype =
          "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"http://127.0.0.1:" + port + "/secret\">]>";
      byte[] hostile =
          TestDocx.withEntry(
              docx, entry, xml -> xml.replaceFirst("(<\\?xml[^>]*\\?>)?", "$1" + doctype));

      TemplateException e = refusal(hostile);

      assertThat(e.problems())
          .singleElement()
          .satisfies(p -> assertThat(p.part()).isEqualTo(entry));
      assertThat(e.text(Lang.EN)).contains("not a readable .docx: " + entry, "DOCTYPE");
      assertThat(e.text(Lang.TH)).contains("อ่านไฟล์ .docx ไม่ได้: " + entry);
      assertThat(server.accept()).as("nothing connected to the entity's address").isNull();
    }
  }

  @Test
  void refusesBillionLaughs() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE w:document [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"");
      dtd.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    dtd.append("]>");
    byte[] hostile =
        TestDocx.withEntry(
            sample(),
            "word/document.xml",
            xml ->
                xml.replaceFirst("(<\\?xml[^>]*\\?>)", "$1" + dtd).replace("{{v}}", "&lol9;{{v}}"));

    TemplateException e = refusal(hostile);

    assertThat(e.problems().getFirst().part()).isEqualTo("word/document.xml");
    assertThat(e.text(Lang.EN)).contains("not a readable .docx: word/document.xml");
  }

  @Test
  void refusesDeepNestingBeforeAnyParserRecursesIntoIt() {
    int depth = 100_000;
    String nested = "<w:sdt>".repeat(depth) + "</w:sdt>".repeat(depth);
    byte[] hostile =
        TestDocx.withEntry(
            sample(),
            "word/styles.xml",
            xml -> xml.replaceFirst("(<w:styles[^>]*>)", "$1" + nested));

    TemplateException e =
        refusal(
            TemplateEngine.create(
                EngineOptions.defaults()
                    .withLimits(new Limits(64L << 20, 256L << 20, 1_000_000, 10_000, 512))),
            hostile);

    assertThat(e.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.part()).isEqualTo("word/styles.xml"));
    assertThat(e.text(Lang.EN))
        .contains("not a readable .docx: word/styles.xml nests elements more than 512 deep");
  }

  @Test
  void acceptsNestingUpToTheLimitAndQuotedAngleBrackets() {
    byte[] docx =
        TestDocx.withEntry(
            sample(),
            "word/document.xml",
            xml ->
                xml.replace(
                    "{{v}}", "{{v}}</w:t></w:r><!-- a > b --><w:r><w:t xml:space=\"preserve\">"));
    byte[] out =
        ENGINE
            .compile("ok.docx", docx, Vocabulary.ANY)
            .render(RenderModel.of(Map.of("v", "ก")), RenderOptions.thai());
    assertThat(TestDocx.read(out).getParagraphs().getFirst().getText()).isEqualTo("ก");
  }

  @Test
  void refusesAnEntryThatInflatesPastTheEntryLimitHavingInflatedNoMore() {
    Limits limits = new Limits(4L << 20, 256L << 20, 1_000_000, 10_000, 512);
    byte[] bomb = HostilePackages.bomb(64L << 20);

    TemplateException e =
        refusal(TemplateEngine.create(EngineOptions.defaults().withLimits(limits)), bomb);

    assertThat(e.text(Lang.EN))
        .contains("not a readable .docx: word/media/zeros.bin inflates to more than 4194304 bytes");
    assertThat(PackageReader.inflatedBy("b", bomb, limits)).isLessThan((4L << 20) + (256 << 10));
  }

  @Test
  void refusesAPackageThatInflatesPastTheTotalLimit() {
    Limits limits = new Limits(64L << 20, 2L << 20, 1_000_000, 10_000, 512);
    byte[] bomb = HostilePackages.bomb(8L << 20);

    TemplateException e =
        refusal(TemplateEngine.create(EngineOptions.defaults().withLimits(limits)), bomb);

    assertThat(e.text(Lang.EN)).contains("the package inflates to more than 2097152 bytes");
    assertThat(PackageReader.inflatedBy("b", bomb, limits)).isLessThan((2L << 20) + (128 << 10));
  }

  @Test
  void refusesAnEntryThatInflatesPastTheRatioOnceItPassesAMebibyte() {
    byte[] bomb = HostilePackages.bomb(64L << 20);

    TemplateException e = refusal(bomb);

    assertThat(e.text(Lang.EN))
        .contains("word/media/zeros.bin inflates to more than 100 times its compressed size");
    assertThat(PackageReader.inflatedBy("b", bomb, Limits.defaults()))
        .isLessThan(PackageReader.RATIO_FLOOR + (128 << 10));
  }

  @Test
  void refusesTheGibibyteBombUnderA96MegabyteHeapHavingInflatedLittle() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                java,
                "-Xmx96m",
                "-cp",
                System.getProperty("java.class.path"),
                BombUnderSmallHeap.class.getName())
            .redirectErrorStream(true)
            .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();

    String last = output.lines().reduce((a, b) -> b).orElse("");
    assertThat(last).as(output).startsWith("refused ");
    long[] numbers =
        Arrays.stream(last.substring("refused ".length()).split(" "))
            .mapToLong(Long::parseLong)
            .toArray();
    assertThat(numbers[1]).as("the bomb is about a mebibyte").isLessThan(2L << 20);
    assertThat(numbers[0]).as("bytes inflated").isLessThan(PackageReader.RATIO_FLOOR + (128 << 10));
  }

  @Test
  void refusesTheGibibyteBombAllocatingFarLessThanAHundredMegabytes() {
    byte[] bomb = HostilePackages.bomb(HostilePackages.GIB);
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().threadId();
    refusal(bomb);
    long before = threads.getThreadAllocatedBytes(thread);

    TemplateException e =
        assertTimeout(Duration.ofSeconds(5), () -> refusal(TemplateEngine.create(), bomb));

    long allocated = threads.getThreadAllocatedBytes(thread) - before;
    assertThat(e.text(Lang.EN)).contains("word/media/zeros.bin inflates to more than 100 times");
    assertThat(allocated).as("bytes allocated refusing the bomb").isLessThan(100L << 20);
  }

  static java.util.stream.LongStream seeds() {
    return org.tidtam.testkit.RandomValues.seeds(200);
  }

  /**
   * Any corruption of a package ends in a compiled template or a TemplateException, nothing else.
   */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.MethodSource("seeds")
  void endsEveryCorruptedPackageInATemplateException(long seed) {
    org.tidtam.testkit.RandomValues r = org.tidtam.testkit.RandomValues.of(seed);
    byte[] docx = sample();
    for (int i = 0, n = r.between(1, 8); i < n; i++) {
      docx[r.between(0, docx.length - 1)] = (byte) r.between(0, 255);
    }
    byte[] corrupt = docx;

    try {
      ENGINE.compile("corrupt.docx", corrupt, Vocabulary.ANY);
    } catch (TemplateException e) {
      assertThat(e.text(Lang.EN)).as("seed %d", seed).contains("corrupt.docx");
      assertThat(e.problems()).as("seed %d", seed).isNotEmpty();
    }
  }

  @Test
  void refusesThousandsOfEntries() {
    TemplateException e = refusal(HostilePackages.manyEntries(10_001));

    assertThat(e.text(Lang.EN)).contains("not a readable .docx: more than 10000 entries");
  }

  @Test
  void refusesATruncatedZipAndBytesThatAreNoZip() {
    byte[] docx = sample();

    assertThat(refusal(Arrays.copyOf(docx, docx.length / 2)).text(Lang.EN))
        .contains("not a readable .docx (the zip is truncated");
    assertThat(refusal(Arrays.copyOf(docx, docx.length - 1)).text(Lang.EN))
        .contains("not a readable .docx");
    assertThat(refusal("hello".repeat(10).getBytes(StandardCharsets.UTF_8)).text(Lang.EN))
        .contains("not a readable .docx");
    assertThat(refusal(new byte[0]).text(Lang.TH)).contains("อ่านไฟล์ .docx ไม่ได้");
  }

  @Test
  void readsEveryEntryOfAnOrdinaryPackage() {
    byte[] docx = sample();
    Map<String, byte[]> entries = PackageReader.read("t", docx, Limits.defaults());
    assertThat(entries.keySet()).containsExactlyElementsOf(HostilePackages.entryNames(docx));
    assertThat(List.copyOf(entries.keySet())).contains("word/document.xml");
  }
}
