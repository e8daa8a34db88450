package org.tidtam.template.internal;

import org.jspecify.annotations.Nullable;

/**
 * Reads the pixel size of a PNG or JPEG from its header (no decoding) and writes the inline drawing
 * XML that shows it.
 */
final class ImageHeaders {

  static final long EMU_PER_PIXEL = 9525;
  static final long EMU_PER_CM = 360_000;
  static final long EMU_PER_TWIP = 635;

  record Size(String extension, String contentType, long widthPx, long heightPx) {}

  private ImageHeaders() {}

  static @Nullable Size read(byte[] d) {
    if (d.length >= 24 && (d[0] & 0xFF) == 0x89 && d[1] == 'P' && d[2] == 'N' && d[3] == 'G') {
      return new Size("png", "image/png", int32(d, 16), int32(d, 20));
    }
    if (d.length >= 4 && (d[0] & 0xFF) == 0xFF && (d[1] & 0xFF) == 0xD8) {
      return jpeg(d);
    }
    return null;
  }

  private static @Nullable Size jpeg(byte[] d) {
    int i = 2;
    while (i + 9 < d.length) {
      if ((d[i] & 0xFF) != 0xFF) {
        i++;
        continue;
      }
      int marker = d[i + 1] & 0xFF;
      if (marker == 0xFF) {
        i++;
        continue;
      }
      if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
        i += 2;
        continue;
      }
      int length = int16(d, i + 2);
      boolean sof =
          marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
      if (sof) {
        return new Size("jpeg", "image/jpeg", int16(d, i + 7), int16(d, i + 5));
      }
      i += 2 + length;
    }
    return null;
  }

  private static long int32(byte[] d, int at) {
    return ((long) (d[at] & 0xFF) << 24)
        | ((d[at + 1] & 0xFF) << 16)
        | ((d[at + 2] & 0xFF) << 8)
        | (d[at + 3] & 0xFF);
  }

  private static int int16(byte[] d, int at) {
    return ((d[at] & 0xFF) << 8) | (d[at + 1] & 0xFF);
  }

  static void appendDrawing(StringBuilder out, String relId, long id, long cx, long cy) {
    out.append("<w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"")
        .append(
            " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\">")
        .append("<wp:extent cx=\"")
        .append(cx)
        .append("\" cy=\"")
        .append(cy)
        .append("\"/>")
        .append("<wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>")
        .append("<wp:docPr id=\"")
        .append(id)
        .append("\" name=\"Picture ")
        .append(id)
        .append("\"/>")
        .append("<wp:cNvGraphicFramePr><a:graphicFrameLocks")
        .append(" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"")
        .append(" noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>")
        .append("<a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">")
        .append("<a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">")
        .append("<pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">")
        .append("<pic:nvPicPr><pic:cNvPr id=\"0\" name=\"image")
        .append(id)
        .append("\"/>")
        .append("<pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed=\"")
        .append(relId)
        .append(
            "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"/>")
        .append("<a:stretch><a:fillRect/></a:stretch></pic:blipFill>")
        .append("<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"")
        .append(cx)
        .append("\" cy=\"")
        .append(cy)
        .append("\"/></a:xfrm>")
        .append("<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>")
        .append("</a:graphicData></a:graphic></wp:inline></w:drawing>");
  }
}
