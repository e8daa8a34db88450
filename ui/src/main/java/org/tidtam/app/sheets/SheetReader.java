package org.tidtam.app.sheets;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tidtam.i18n.LocalizedException;
import org.tidtam.i18n.Message;

/**
 * Reads the first sheet of an uploaded .xlsx or a .csv file (UTF-8, with or without the byte-order
 * mark Excel writes; comma-separated) as rows of text, cells as Excel shows them. A file over the
 * size limit is refused before anything is parsed, and a hostile workbook (a zip bomb, an entry
 * that unpacks to more than {@value #MAX_ENTRY_BYTES} bytes) is refused by POI's zip guard.
 */
public final class SheetReader {

  /** The largest upload read: 5 MB. */
  public static final long MAX_BYTES = 5L * 1024 * 1024;

  static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;

  private static final int MAX_ROWS = 20_000;

  private static final int MAX_COLUMNS = 100;

  static {
    ZipSecureFile.setMinInflateRatio(0.01);
    ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
  }

  private SheetReader() {}

  /** A file that cannot be read, with the reason in the user's language. */
  public static final class UnreadableException extends LocalizedException {
    public UnreadableException(Message message) {
      super(message);
    }

    public UnreadableException(Message message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * The rows of the file, each a list of cell texts (trimmed; an empty cell is ""), blank rows
   * included so that row numbers match the file's.
   *
   * @throws UnreadableException when the file is too large, empty, of another kind, or broken
   */
  public static List<List<String>> read(String fileName, InputStream in) {
    byte[] bytes = limited(in);
    if (bytes.length == 0) {
      throw new UnreadableException(Message.of("tidtam.app.sheets.empty"));
    }
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".xlsx")) {
      return xlsx(bytes);
    }
    if (name.endsWith(".csv") || name.endsWith(".txt")) {
      return csv(bytes);
    }
    throw new UnreadableException(Message.of("tidtam.app.sheets.kind", "name", fileName));
  }

  private static byte[] limited(InputStream in) {
    try {
      byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw tooLarge();
      }
      return bytes;
    } catch (IOException e) {
      throw new UnreadableException(Message.of("tidtam.app.sheets.broken"), e);
    }
  }

  /** The message for a file over {@link #MAX_BYTES}. */
  public static UnreadableException tooLarge() {
    return new UnreadableException(
        Message.of("tidtam.app.sheets.tooLarge", "mb", MAX_BYTES / (1024 * 1024)));
  }

  static List<List<String>> csv(byte[] bytes) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new UnreadableException(Message.of("tidtam.app.sheets.notUtf8"), e);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<List<String>> rows = new ArrayList<>();
    try (Reader reader = new StringReader(text);
        CSVParser parser = CSVFormat.RFC4180.builder().get().parse(reader)) {
      for (CSVRecord record : parser) {
        if (rows.size() >= MAX_ROWS) {
          throw tooManyRows();
        }
        List<String> row = new ArrayList<>();
        record.forEach(cell -> row.add(cell.strip()));
        rows.add(row);
      }
    } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
      throw new UnreadableException(
          Message.of("tidtam.app.sheets.csvBroken", "detail", String.valueOf(e.getMessage())), e);
    }
    return blankRowsEmpty(rows);
  }

  static List<List<String>> xlsx(byte[] bytes) {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      if (book.getNumberOfSheets() == 0) {
        throw new UnreadableException(Message.of("tidtam.app.sheets.empty"));
      }
      XSSFSheet sheet = book.getSheetAt(0);
      if (sheet.getLastRowNum() >= MAX_ROWS) {
        throw tooManyRows();
      }
      DataFormatter format = new DataFormatter(Locale.US);
      FormulaEvaluator formulas = book.getCreationHelper().createFormulaEvaluator();
      List<List<String>> rows = new ArrayList<>();
      for (int r = 0; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        List<String> cells = new ArrayList<>();
        if (row != null) {
          int last = Math.min(row.getLastCellNum(), MAX_COLUMNS);
          for (int c = 0; c < last; c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : format.formatCellValue(cell, formulas).strip());
          }
        }
        rows.add(cells);
      }
      return blankRowsEmpty(rows);
    } catch (UnreadableException e) {
      throw e;
    } catch (Exception | OutOfMemoryError e) {
      String detail = String.valueOf(e.getMessage());
      boolean bomb = detail.toLowerCase(Locale.ROOT).contains("zip bomb");
      throw new UnreadableException(
          Message.of(bomb ? "tidtam.app.sheets.zipBomb" : "tidtam.app.sheets.xlsxBroken"), e);
    }
  }

  private static UnreadableException tooManyRows() {
    return new UnreadableException(Message.of("tidtam.app.sheets.tooManyRows", "max", MAX_ROWS));
  }

  /** Trailing empty cells dropped, so that a blank row reads as an empty list. */
  private static List<List<String>> blankRowsEmpty(List<List<String>> rows) {
    List<List<String>> out = new ArrayList<>(rows.size());
    for (List<String> row : rows) {
      int end = row.size();
      while (end > 0 && row.get(end - 1).isEmpty()) {
        end--;
      }
      out.add(List.copyOf(row.subList(0, end)));
    }
    return out;
  }
}
