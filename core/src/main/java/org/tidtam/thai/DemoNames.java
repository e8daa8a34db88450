package org.tidtam.thai;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Invented Thai personal names for demo data: a title (นาย, นาง, นางสาว) and a given and family
 * name of common words, never a real person's on purpose. Two spaces separate the given and family
 * name, as Thai signature blocks print them.
 */
public final class DemoNames {

  /** One invented person. */
  public record Person(String prefix, String given, String family) {

    /** The name without the title, e.g. {@code สมใจ ใจดี}. */
    public String name() {
      return given + "  " + family;
    }

    /** The name with the title, e.g. {@code นางสาวสมใจ ใจดี}. */
    public String fullName() {
      return prefix + name();
    }
  }

  private static final List<String> MEN =
      List.of(
          "สมชาย",
          "ประเสริฐ",
          "วิชัย",
          "สุรชัย",
          "ธนากร",
          "อนุชา",
          "กิตติพงษ์",
          "ณรงค์",
          "ปิยะพงษ์",
          "เอกชัย",
          "วีระพงษ์",
          "สมศักดิ์",
          "ชัยวัฒน์",
          "ธีรวัฒน์",
          "อภิชาติ",
          "พงศกร",
          "ยุทธนา",
          "สุทธิพงษ์",
          "อดิศักดิ์",
          "ภานุวัฒน์");

  private static final List<String> WOMEN =
      List.of(
          "สมใจ",
          "พิมพ์ชนก",
          "กมลวรรณ",
          "อรุณี",
          "วันดี",
          "สุภาพร",
          "จิราพร",
          "นงลักษณ์",
          "ศิริพร",
          "รัตนา",
          "ปวีณา",
          "กาญจนา",
          "ธิดารัตน์",
          "วิไลวรรณ",
          "อัญชลี",
          "มาลินี",
          "สุนิสา",
          "ณัฐธิดา",
          "พรทิพย์",
          "เยาวลักษณ์");

  private static final List<String> FAMILIES =
      List.of(
          "ใจดี",
          "ศรีสุข",
          "แสงทอง",
          "ทองดี",
          "รักษ์ถิ่น",
          "พูลสวัสดิ์",
          "วงศ์ใหญ่",
          "มั่นคง",
          "สุขใจ",
          "บุญมา",
          "แก้วประเสริฐ",
          "ชูทอง",
          "หนูเอียด",
          "ขุนทอง",
          "ด้วงคง",
          "เพชรรัตน์",
          "นาคสุข",
          "ศรีวิไล",
          "ทองมาก",
          "บัวแก้ว",
          "จันทร์หอม",
          "สังข์ทอง",
          "อินทร์แก้ว",
          "ปานทอง",
          "เรืองศรี");

  private DemoNames() {}

  /** A person chosen by the random source. */
  public static Person person(RandomGenerator random) {
    boolean man = random.nextBoolean();
    String given =
        man ? MEN.get(random.nextInt(MEN.size())) : WOMEN.get(random.nextInt(WOMEN.size()));
    String prefix = man ? "นาย" : random.nextBoolean() ? "นาง" : "นางสาว";
    return new Person(prefix, given, FAMILIES.get(random.nextInt(FAMILIES.size())));
  }

  /** A phone number of the invented range {@code 0xx-000-xxxx}, which no one answers. */
  public static String phone(RandomGenerator random) {
    return String.format("08%d-000-%04d", random.nextInt(10), random.nextInt(10000));
  }
}
