package org.tidtam.form;

import java.util.Arrays;
import java.util.Objects;

/**
 * An image attached to a form (a photo of an activity, a scanned signature). In JSON the bytes are
 * base64.
 */
public record Image(String fileName, String mediaType, byte[] data) {

  public Image {
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(data, "data");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Image i
        && Objects.equals(fileName, i.fileName)
        && mediaType.equals(i.mediaType)
        && Arrays.equals(data, i.data);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fileName, mediaType, Arrays.hashCode(data));
  }

  @Override
  public String toString() {
    return "Image[" + fileName + ", " + mediaType + ", " + data.length + " bytes]";
  }
}
