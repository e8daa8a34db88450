package org.tidtam.template.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Where a part's XML is rendered to: UTF-8 bytes written straight into a bounded buffer that is
 * passed on to the zip as it fills, so a part of any length needs the same memory. Static template
 * XML arrives already encoded. A table that may yet be dropped ({@link #hold}) keeps its bytes in
 * the buffer until a row of it is written; the last bytes are always kept for {@link #endsWith}.
 */
final class XmlOut {

  private static final int FLUSH_AT = 16 * 1024;
  private static final int KEEP = 16;

  private OutputStream sink;
  private byte[] buf = new byte[FLUSH_AT + 4 * 1024];
  private int len;
  private long flushed;
  private long[] holdStart = new long[8];
  private long[] holdMark = new long[8];
  private int holds;

  XmlOut(OutputStream sink) {
    this.sink = sink;
  }

  /**
   * Starts over on another sink, keeping the buffer: one render writes all its parts through one
   * {@code XmlOut}. Everything written before must have been {@link #flush() flushed}.
   */
  void restart(OutputStream next) {
    if (len != 0 || holds != 0) {
      throw new IllegalStateException("restarted with bytes not passed on");
    }
    sink = next;
    flushed = 0;
  }

  /** The number of bytes written so far (passed on or not). */
  long length() {
    return flushed + len;
  }

  void append(byte[] utf8) {
    ensure(utf8.length);
    System.arraycopy(utf8, 0, buf, len, utf8.length);
    len += utf8.length;
    maybeFlush();
  }

  void append(long number) {
    append(Long.toString(number));
  }

  void append(String s) {
    append(s, 0, s.length());
  }

  /** Appends {@code s[from, to)}; a lone surrogate is written as {@code ?}. */
  void append(String s, int from, int n) {
    ensure((n - from) * 3);
    byte[] b = buf;
    int at = len;
    for (int i = from; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        b[at++] = (byte) c;
      } else if (c < 0x800) {
        b[at++] = (byte) (0xC0 | (c >> 6));
        b[at++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, s.charAt(++i));
        b[at++] = (byte) (0xF0 | (cp >> 18));
        b[at++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        b[at++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        b[at++] = (byte) (0x80 | (cp & 0x3F));
      } else if (Character.isSurrogate(c)) {
        b[at++] = '?';
      } else {
        b[at++] = (byte) (0xE0 | (c >> 12));
        b[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        b[at++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    len = at;
    maybeFlush();
  }

  void append(char c) {
    if (c < 0x80) {
      ensure(1);
      buf[len++] = (byte) c;
      maybeFlush();
    } else {
      append(String.valueOf(c));
    }
  }

  /** Whether the bytes written so far end with the given ASCII text. */
  boolean endsWith(String ascii) {
    int n = ascii.length();
    if (len < n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (buf[len - n + i] != ascii.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Keeps what is written from {@code start} in the buffer while nothing follows {@code mark}, so
   * that {@link #truncate} can take it back; ended by {@link #release}.
   */
  void hold(long start, long mark) {
    if (holds == holdStart.length) {
      holdStart = java.util.Arrays.copyOf(holdStart, holds * 2);
      holdMark = java.util.Arrays.copyOf(holdMark, holds * 2);
    }
    holdStart[holds] = start;
    holdMark[holds] = mark;
    holds++;
  }

  void release() {
    holds--;
  }

  /** Takes back what was written after {@code position}, which a {@link #hold} kept. */
  void truncate(long position) {
    if (position < flushed) {
      throw new IllegalStateException("already written: " + position);
    }
    len = (int) (position - flushed);
  }

  /** Passes every byte on. */
  void flush() {
    write(len);
  }

  private void ensure(int more) {
    if (len + more > buf.length) {
      buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
    }
  }

  private void maybeFlush() {
    if (len < FLUSH_AT) {
      return;
    }
    long limit = flushed + len - KEEP;
    long now = length();
    for (int i = 0; i < holds; i++) {
      if (now <= holdMark[i]) {
        limit = Math.min(limit, holdStart[i]);
      }
    }
    int n = (int) (limit - flushed);
    if (n > 0) {
      write(n);
    }
  }

  private void write(int n) {
    try {
      sink.write(buf, 0, n);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.arraycopy(buf, n, buf, 0, len - n);
    len -= n;
    flushed += n;
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
