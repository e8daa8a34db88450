package org.tidtam.provenance;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.jspecify.annotations.Nullable;

/**
 * A zip package read from its central directory, whose entries can be replaced or added and the
 * whole written again with the untouched entries copied as they are compressed: adding a small part
 * to a rendered document costs a copy of its bytes, not a new compression.
 */
final class RawZip implements AutoCloseable {

  /** One entry: where its compressed data lies in the source, or its new plain bytes. */
  private record Entry(
      String name,
      int method,
      long crc,
      long compressed,
      long size,
      int dataAt,
      byte @Nullable [] plain) {}

  private static final int LOCAL = 0x04034b50;
  private static final int CENTRAL = 0x02014b50;
  private static final int END = 0x06054b50;

  private final byte[] source;
  private final Map<String, Entry> entries = new LinkedHashMap<>();
  private @Nullable Inflater inflater;

  private RawZip(byte[] source) {
    this.source = source;
  }

  /**
   * Reads the entries of a zip.
   *
   * @throws ProvenanceException when the bytes are not a zip this class can read
   */
  static RawZip read(byte[] zip) {
    RawZip out = new RawZip(zip);
    int end = -1;
    for (int i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xFFFF); i--) {
      if (le32(zip, i) == END) {
        end = i;
        break;
      }
    }
    if (end < 0) {
      throw new ProvenanceException("not a zip package");
    }
    int count = le16(zip, end + 10);
    long at = le32(zip, end + 16);
    for (int n = 0; n < count; n++) {
      int i = (int) at;
      if (i < 0 || i + 46 > zip.length || le32(zip, i) != CENTRAL) {
        throw new ProvenanceException("a damaged zip package");
      }
      int method = le16(zip, i + 10);
      long crc = le32(zip, i + 16);
      long compressed = le32(zip, i + 20);
      long size = le32(zip, i + 24);
      int nameLength = le16(zip, i + 28);
      int extra = le16(zip, i + 30);
      int comment = le16(zip, i + 32);
      long local = le32(zip, i + 42);
      if (compressed == 0xFFFFFFFFL || size == 0xFFFFFFFFL || local == 0xFFFFFFFFL) {
        throw new ProvenanceException("a ZIP64 package is not supported");
      }
      if (method != 0 && method != 8) {
        throw new ProvenanceException("an unknown zip compression method: " + method);
      }
      String name = new String(zip, i + 46, nameLength, StandardCharsets.UTF_8);
      int l = (int) local;
      if (l + 30 > zip.length || le32(zip, l) != LOCAL) {
        throw new ProvenanceException("a damaged zip package");
      }
      int dataAt = l + 30 + le16(zip, l + 26) + le16(zip, l + 28);
      if (dataAt + compressed > zip.length) {
        throw new ProvenanceException("a damaged zip package");
      }
      out.entries.put(name, new Entry(name, method, crc, compressed, size, dataAt, null));
      at = i + 46L + nameLength + extra + comment;
    }
    return out;
  }

  /** Frees the inflater's native memory. */
  @Override
  public void close() {
    if (inflater != null) {
      inflater.end();
    }
  }

  List<String> names() {
    return List.copyOf(entries.keySet());
  }

  boolean has(String name) {
    return entries.containsKey(name);
  }

  /** The plain bytes of an entry, or null when there is none. */
  byte @Nullable [] get(String name) {
    Entry e = entries.get(name);
    if (e == null) {
      return null;
    }
    if (e.plain() != null) {
      return e.plain();
    }
    if (e.method() == 0) {
      byte[] out = new byte[(int) e.size()];
      System.arraycopy(source, e.dataAt(), out, 0, out.length);
      return out;
    }
    Inflater inflater = this.inflater;
    if (inflater == null) {
      inflater = this.inflater = new Inflater(true);
    } else {
      inflater.reset();
    }
    try {
      inflater.setInput(source, e.dataAt(), (int) e.compressed());
      byte[] out = new byte[(int) e.size()];
      int n = 0;
      while (n < out.length) {
        int got = inflater.inflate(out, n, out.length - n);
        if (got == 0 && (inflater.finished() || inflater.needsInput())) {
          break;
        }
        n += got;
      }
      if (n != out.length) {
        throw new ProvenanceException("a damaged zip entry: " + name);
      }
      return out;
    } catch (DataFormatException ex) {
      throw new ProvenanceException("a damaged zip entry: " + name);
    }
  }

  /** Replaces an entry's bytes in place, or adds the entry at the end. */
  void put(String name, byte[] plain) {
    entries.put(name, new Entry(name, 8, 0, 0, plain.length, -1, plain));
  }

  /** The package: untouched entries copied compressed, new ones deflated, with a fixed time. */
  byte[] write() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(source.length + 4096);
    List<byte[]> central = new ArrayList<>(entries.size());
    Deflater deflater = null;
    try {
      for (Entry e : entries.values()) {
        byte[] name = e.name().getBytes(StandardCharsets.UTF_8);
        int method = e.method();
        long crc = e.crc();
        long size = e.size();
        byte[] data;
        int dataOff;
        int dataLen;
        if (e.plain() != null) {
          if (deflater == null) {
            deflater = new Deflater(Deflater.BEST_SPEED, true);
          } else {
            deflater.reset();
          }
          CRC32 sum = new CRC32();
          sum.update(e.plain());
          crc = sum.getValue();
          data = deflate(deflater, e.plain());
          dataOff = 0;
          dataLen = data.length;
          method = 8;
        } else {
          data = source;
          dataOff = e.dataAt();
          dataLen = (int) e.compressed();
        }
        long offset = out.size();
        int flags = utf8(name) ? 1 << 11 : 0;
        byte[] h = new byte[30];
        int i = 0;
        i = le32(h, i, LOCAL);
        i = le16(h, i, 20);
        i = le16(h, i, flags);
        i = le16(h, i, method);
        i = le16(h, i, 0);
        i = le16(h, i, (1 << 5) | 1);
        i = le32(h, i, crc);
        i = le32(h, i, dataLen);
        i = le32(h, i, size);
        i = le16(h, i, name.length);
        le16(h, i, 0);
        out.write(h, 0, 30);
        out.write(name, 0, name.length);
        out.write(data, dataOff, dataLen);

        byte[] c = new byte[46 + name.length];
        i = 0;
        i = le32(c, i, CENTRAL);
        i = le16(c, i, 20);
        i = le16(c, i, 20);
        i = le16(c, i, flags);
        i = le16(c, i, method);
        i = le16(c, i, 0);
        i = le16(c, i, (1 << 5) | 1);
        i = le32(c, i, crc);
        i = le32(c, i, dataLen);
        i = le32(c, i, size);
        i = le16(c, i, name.length);
        i = le16(c, i, 0);
        i = le16(c, i, 0);
        i = le16(c, i, 0);
        i = le16(c, i, 0);
        i = le32(c, i, 0);
        i = le32(c, i, offset);
        System.arraycopy(name, 0, c, i, name.length);
        central.add(c);
      }
    } finally {
      if (deflater != null) {
        deflater.end();
      }
    }
    long start = out.size();
    for (byte[] c : central) {
      out.write(c, 0, c.length);
    }
    long size = out.size() - start;
    if (central.size() > 0xFFFF || out.size() > 0xFFFFFFFFL) {
      throw new ProvenanceException("the document is too large for a zip without ZIP64");
    }
    byte[] h = new byte[22];
    int i = 0;
    i = le32(h, i, END);
    i = le16(h, i, 0);
    i = le16(h, i, 0);
    i = le16(h, i, central.size());
    i = le16(h, i, central.size());
    i = le32(h, i, size);
    i = le32(h, i, start);
    le16(h, i, 0);
    out.write(h, 0, 22);
    return out.toByteArray();
  }

  private static byte[] deflate(Deflater d, byte[] plain) {
    d.setInput(plain);
    d.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 2 + 64);
    byte[] chunk = new byte[8 * 1024];
    while (!d.finished()) {
      out.write(chunk, 0, d.deflate(chunk));
    }
    return out.toByteArray();
  }

  private static boolean utf8(byte[] name) {
    for (byte b : name) {
      if (b < 0) {
        return true;
      }
    }
    return false;
  }

  private static int le16(byte[] b, int i) {
    return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
  }

  private static long le32(byte[] b, int i) {
    if (i < 0 || i + 4 > b.length) {
      return -1;
    }
    return (b[i] & 0xFFL)
        | (b[i + 1] & 0xFFL) << 8
        | (b[i + 2] & 0xFFL) << 16
        | (b[i + 3] & 0xFFL) << 24;
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
