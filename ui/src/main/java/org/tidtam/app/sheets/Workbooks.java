package org.tidtam.app.sheets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tidtam.thai.ThaiDates;

/**
 * Writes {@link Sheet}s as an Excel workbook (.xlsx): headers bold on a grey fill in TH SarabunPSK
 * 16 pt like the office's papers, the header row frozen and repeated on printed pages, numbers as
 * numbers with thousands separators, dates as Thai dates, columns sized to their content.
 */
public final class Workbooks {

  /** The content type of an .xlsx download. */
  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  static final String FONT = "TH SarabunPSK";

  private static final int MAX_COLUMN_CHARS = 80;

  private Workbooks() {}

  /** The workbook of these sheets, in order; sheet names are made valid and unique. */
  public static byte[] xlsx(List<Sheet> sheets) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Styles styles = new Styles(book);
      Set<String> names = new HashSet<>();
      for (Sheet sheet : sheets) {
        write(book.createSheet(uniqueName(sheet.name(), names)), sheet, styles);
      }
      if (sheets.isEmpty()) {
        book.createSheet("Sheet1");
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One sheet's workbook. */
  public static byte[] xlsx(Sheet sheet) {
    return xlsx(List.of(sheet));
  }

  private static void write(XSSFSheet target, Sheet sheet, Styles styles) {
    int rowIndex = 0;
    int columns = sheet.headers().size();
    for (List<?> row : sheet.rows()) {
      columns = Math.max(columns, row.size());
    }
    int[] widths = new int[columns];
    if (!sheet.title().isBlank()) {
      Row title = target.createRow(rowIndex++);
      Cell cell = title.createCell(0);
      cell.setCellValue(sheet.title());
      cell.setCellStyle(styles.title);
      rowIndex++;
    }
    int headerRow = rowIndex;
    if (!sheet.headers().isEmpty()) {
      Row header = target.createRow(rowIndex++);
      for (int c = 0; c < sheet.headers().size(); c++) {
        Cell cell = header.createCell(c);
        cell.setCellValue(sheet.headers().get(c));
        cell.setCellStyle(styles.header);
        widths[c] = Math.max(widths[c], sheet.headers().get(c).length());
      }
      target.createFreezePane(0, rowIndex);
      target.setRepeatingRows(
          new org.apache.poi.ss.util.CellRangeAddress(headerRow, headerRow, -1, -1));
    }
    for (List<?> values : sheet.rows()) {
      Row row = target.createRow(rowIndex++);
      for (int c = 0; c < values.size(); c++) {
        Object value = values.get(c);
        Cell cell = row.createCell(c);
        widths[c] = Math.max(widths[c], set(cell, value, styles));
      }
    }
    for (int c = 0; c < columns; c++) {
      int chars = Math.min(MAX_COLUMN_CHARS, Math.max(6, widths[c] + 2));
      target.setColumnWidth(c, chars * 256);
    }
    target.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
    target.setFitToPage(true);
    target.getPrintSetup().setFitWidth((short) 1);
    target.getPrintSetup().setFitHeight((short) 0);
  }

  /** Writes a value and returns its width in characters. */
  private static int set(Cell cell, Object value, Styles styles) {
    switch (value) {
      case null -> {
        cell.setCellStyle(styles.text);
        return 0;
      }
      case Integer i -> {
        return integer(cell, i.longValue(), styles);
      }
      case Long l -> {
        return integer(cell, l, styles);
      }
      case Short s -> {
        return integer(cell, s.longValue(), styles);
      }
      case BigInteger b -> {
        return integer(cell, b.longValue(), styles);
      }
      case BigDecimal d when d.stripTrailingZeros().scale() <= 0 && d.scale() <= 0 -> {
        return integer(cell, d.longValue(), styles);
      }
      case Number n -> {
        cell.setCellValue(n.doubleValue());
        cell.setCellStyle(styles.decimal);
        return String.format("%,.2f", n.doubleValue()).length();
      }
      case LocalDate date -> {
        String text = ThaiDates.shortDate(date);
        cell.setCellValue(text);
        cell.setCellStyle(styles.text);
        return text.length();
      }
      default -> {
        String text = clean(value.toString());
        cell.setCellValue(text);
        cell.setCellStyle(styles.text);
        return text.lines().mapToInt(String::length).max().orElse(0);
      }
    }
  }

  private static int integer(Cell cell, long value, Styles styles) {
    cell.setCellValue(value);
    cell.setCellStyle(styles.integer);
    return String.format("%,d", value).length();
  }

  /**
   * Drops what a cell cannot hold: control characters other than tab and line feed; 32,767 chars.
   */
  static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .filter(cp -> cp == '\n' || cp == '\t' || !Character.isISOControl(cp))
        .filter(cp -> Character.getType(cp) != Character.SURROGATE)
        .forEach(out::appendCodePoint);
    return out.length() > 32_767 ? out.substring(0, 32_767) : out.toString();
  }

  static String uniqueName(String wanted, Set<String> taken) {
    String base = WorkbookUtil.createSafeSheetName(wanted.isBlank() ? "Sheet" : wanted);
    String name = base;
    for (int n = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
      String suffix = " (" + n + ")";
      name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
    }
    return name;
  }

  private static final class Styles {
    final CellStyle title;
    final CellStyle header;
    final CellStyle text;
    final CellStyle integer;
    final CellStyle decimal;

    Styles(XSSFWorkbook book) {
      Font plain = font(book, false, 16);
      Font bold = font(book, true, 16);
      Font big = font(book, true, 18);
      title = book.createCellStyle();
      title.setFont(big);
      header = bordered(book, bold);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      header.setWrapText(true);
      text = bordered(book, plain);
      text.setWrapText(true);
      integer = bordered(book, plain);
      integer.setDataFormat(book.createDataFormat().getFormat("#,##0"));
      decimal = bordered(book, plain);
      decimal.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
    }

    private static Font font(XSSFWorkbook book, boolean bold, int points) {
      Font font = book.createFont();
      font.setFontName(FONT);
      font.setFontHeightInPoints((short) points);
      font.setBold(bold);
      return font;
    }

    private static CellStyle bordered(XSSFWorkbook book, Font font) {
      CellStyle style = book.createCellStyle();
      style.setFont(font);
      style.setBorderTop(BorderStyle.THIN);
      style.setBorderBottom(BorderStyle.THIN);
      style.setBorderLeft(BorderStyle.THIN);
      style.setBorderRight(BorderStyle.THIN);
      style.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
      return style;
    }
  }
}
