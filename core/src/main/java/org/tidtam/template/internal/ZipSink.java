package org.tidtam.template.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes a zip package entry by entry: entries compressed once when the template was compiled are
 * copied as they are (no inflating, no deflating again), rendered parts are deflated as their bytes
 * arrive. Every entry has the same fixed time, so equal renders give equal bytes.
 */
final class ZipSink {

  /** An entry deflated ahead of time. */
  record Compressed(String name, byte[] data, long crc, long size) {

    static Compressed of(String name, byte[] plain, int level) {
      CRC32 crc = new CRC32();
      crc.update(plain);
      Deflater d = new Deflater(level, true);
      try {
        d.setInput(plain);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 4 + 64);
        byte[] chunk = new byte[16 * 1024];
        while (!d.finished()) {
          out.write(chunk, 0, d.deflate(chunk));
        }
        return new Compressed(name, out.toByteArray(), crc.getValue(), plain.length);
      } finally {
        d.end();
      }
    }
  }

  private record Central(
      byte[] name, int flags, long crc, long compressed, long size, long offset) {}

  private static final int DOS_TIME = 0;
  private static final int DOS_DATE = (1 << 5) | 1; // 1980-01-01

  private final OutputStream out;
  private final int level;
  private final List<Central> central = new ArrayList<>();
  private long offset;
  private final byte[] header = new byte[64];
  private final byte[] chunk = new byte[16 * 1024];
  private Deflater deflater;

  ZipSink(OutputStream out, int level) {
    this.out = out;
    this.level = level;
  }

  void copy(Compressed c) throws IOException {
    byte[] name = c.name().getBytes(StandardCharsets.UTF_8);
    long start = offset;
    localHeader(name, false, c.crc(), c.data().length, c.size());
    write(c.data(), 0, c.data().length);
    central.add(new Central(name, flags(name), c.crc(), c.data().length, c.size(), start));
  }

  void put(String name, byte[] data) throws IOException {
    try (OutputStream entry = open(name)) {
      entry.write(data);
    }
  }

  /** An entry deflated as it is written; close it before the next. */
  OutputStream open(String entryName) throws IOException {
    byte[] name = entryName.getBytes(StandardCharsets.UTF_8);
    long start = offset;
    localHeader(name, true, 0, 0, 0);
    if (deflater == null) {
      deflater = new Deflater(level, true);
    } else {
      deflater.reset();
    }
    Deflater d = deflater;
    return new OutputStream() {
      final CRC32 crc = new CRC32();
      long size;
      long before = offset;

      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        crc.update(b, off, len);
        size += len;
        d.setInput(b, off, len);
        while (!d.needsInput()) {
          drain(Deflater.NO_FLUSH);
        }
      }

      private void drain(int flush) throws IOException {
        int n = d.deflate(chunk, 0, chunk.length, flush);
        ZipSink.this.write(chunk, 0, n);
      }

      @Override
      public void close() throws IOException {
        d.finish();
        while (!d.finished()) {
          drain(Deflater.NO_FLUSH);
        }
        long compressed = offset - before;
        byte[] h = header;
        int i = 0;
        i = le32(h, i, 0x08074b50);
        i = le32(h, i, crc.getValue());
        i = le32(h, i, compressed);
        i = le32(h, i, size);
        ZipSink.this.write(h, 0, i);
        central.add(
            new Central(name, flags(name) | 1 << 3, crc.getValue(), compressed, size, start));
      }
    };
  }

  void finish() throws IOException {
    if (deflater != null) {
      deflater.end();
    }
    long start = offset;
    for (Central c : central) {
      byte[] h = new byte[46];
      int i = 0;
      i = le32(h, i, 0x02014b50);
      i = le16(h, i, 20);
      i = le16(h, i, 20);
      i = le16(h, i, c.flags());
      i = le16(h, i, 8);
      i = le16(h, i, DOS_TIME);
      i = le16(h, i, DOS_DATE);
      i = le32(h, i, c.crc());
      i = le32(h, i, c.compressed());
      i = le32(h, i, c.size());
      i = le16(h, i, c.name().length);
      i = le16(h, i, 0);
      i = le16(h, i, 0);
      i = le16(h, i, 0);
      i = le16(h, i, 0);
      i = le32(h, i, 0);
      i = le32(h, i, c.offset());
      write(h, 0, i);
      write(c.name(), 0, c.name().length);
    }
    long size = offset - start;
    if (central.size() > 0xFFFF || offset > 0xFFFFFFFFL) {
      throw new IOException("the document is too large for a zip without ZIP64");
    }
    byte[] h = new byte[22];
    int i = 0;
    i = le32(h, i, 0x06054b50);
    i = le16(h, i, 0);
    i = le16(h, i, 0);
    i = le16(h, i, central.size());
    i = le16(h, i, central.size());
    i = le32(h, i, size);
    i = le32(h, i, start);
    i = le16(h, i, 0);
    write(h, 0, i);
    out.flush();
  }

  /** Bit 11: the name is UTF-8. */
  private static int flags(byte[] name) {
    for (byte b : name) {
      if (b < 0) {
        return 1 << 11;
      }
    }
    return 0;
  }

  /** A streamed entry's CRC and sizes follow its data in a descriptor (bit 3). */
  private void localHeader(byte[] name, boolean streamed, long crc, long compressed, long size)
      throws IOException {
    byte[] h = header;
    int i = 0;
    i = le32(h, i, 0x04034b50);
    i = le16(h, i, 20);
    i = le16(h, i, flags(name) | (streamed ? 1 << 3 : 0));
    i = le16(h, i, 8);
    i = le16(h, i, DOS_TIME);
    i = le16(h, i, DOS_DATE);
    i = le32(h, i, crc);
    i = le32(h, i, compressed);
    i = le32(h, i, size);
    i = le16(h, i, name.length);
    i = le16(h, i, 0);
    write(h, 0, i);
    write(name, 0, name.length);
  }

  private void write(byte[] b, int off, int len) throws IOException {
    out.write(b, off, len);
    offset += len;
  }

  private static int le16(byte[] b, int i, int v) {
    b[i] = (byte) v;
    b[i + 1] = (byte) (v >> 8);
    return i + 2;
  }

  private static int le32(byte[] b, int i, long v) {
    b[i] = (byte) v;
    b[i + 1] = (byte) (v >> 8);
    b[i + 2] = (byte) (v >> 16);
    b[i + 3] = (byte) (v >> 24);
    return i + 4;
  }
}
