package org.tidtam.template.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.tidtam.template.TestDocx;

/** Builds hostile template packages for the tests: zip bombs and packages of many entries. */
final class HostilePackages {

  static final long GIB = 1L << 30;

  private HostilePackages() {}

  /** A valid small .docx with one more entry of {@code size} zero bytes, deflated at level 9. */
  static byte[] bomb(long size) {
    byte[] docx = TestDocx.of("{{v}}");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(2 << 20);
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      out.setLevel(Deflater.BEST_COMPRESSION);
      copyEntries(docx, out);
      out.putNextEntry(new ZipEntry("word/media/zeros.bin"));
      byte[] zeros = new byte[1 << 20];
      for (long left = size; left > 0; left -= zeros.length) {
        out.write(zeros, 0, (int) Math.min(left, zeros.length));
      }
      out.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** A valid small .docx with {@code count} more tiny entries. */
  static byte[] manyEntries(int count) {
    byte[] docx = TestDocx.of("{{v}}");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      copyEntries(docx, out);
      for (int i = 0; i < count; i++) {
        out.putNextEntry(new ZipEntry("extra/e" + i + ".txt"));
        out.write('x');
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The names of the package's entries, in zip order. */
  static java.util.List<String> entryNames(byte[] docx) {
    java.util.List<String> names = new java.util.ArrayList<>();
    try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        names.add(e.getName());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names;
  }

  private static void copyEntries(byte[] docx, ZipOutputStream out) throws IOException {
    try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.putNextEntry(new ZipEntry(e.getName()));
        in.transferTo(out);
        out.closeEntry();
      }
    }
  }
}
