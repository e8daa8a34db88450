package org.tidtam.template.internal;

import org.tidtam.template.TemplateEngine;
import org.tidtam.template.TemplateException;
import org.tidtam.template.Vocabulary;

/**
 * Run in a JVM of a small heap by {@link PackageReaderTests}: compiles a 1 GiB zip bomb and prints
 * {@code refused <inflated bytes> <bomb bytes>}, or what happened instead.
 */
public final class BombUnderSmallHeap {

  private BombUnderSmallHeap() {}

  public static void main(String[] args) {
    byte[] bomb = HostilePackages.bomb(HostilePackages.GIB);
    try {
      TemplateEngine.create().compile("bomb.docx", bomb, Vocabulary.ANY);
      System.out.println("accepted");
    } catch (TemplateException e) {
      long inflated =
          PackageReader.inflatedBy(
              "bomb.docx", bomb, org.tidtam.template.EngineOptions.Limits.defaults());
      System.out.println("refused " + inflated + " " + bomb.length);
    } catch (OutOfMemoryError e) {
      System.out.println("out of memory");
    }
  }
}
