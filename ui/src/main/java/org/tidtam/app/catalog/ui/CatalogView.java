package org.tidtam.app.catalog.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.tidtam.app.catalog.service.CatalogAdmin;
import org.tidtam.app.catalog.service.CatalogColumn;
import org.tidtam.app.catalog.service.CatalogEntry;
import org.tidtam.app.catalog.service.CatalogException;
import org.tidtam.app.catalog.service.CatalogList;
import org.tidtam.app.catalog.service.ImportPreview;
import org.tidtam.app.catalog.service.ImportPreview.Change;
import org.tidtam.app.catalog.service.ImportPreview.Problem;
import org.tidtam.app.security.domain.Actor;
import org.tidtam.app.security.service.CurrentActor;
import org.tidtam.app.sheets.SheetDownloads;
import org.tidtam.app.sheets.SheetReader;
import org.tidtam.app.submission.service.FileNames;
import org.tidtam.app.submission.service.SubmissionWorkflow;
import org.tidtam.catalog.Catalog;
import org.tidtam.i18n.Lang;
import org.tidtam.i18n.LocalizedException;

/**
 * The catalog screen of policy-and-plan staff and administrators: a tab per list with its items,
 * add, edit, retire or delete an item, export the list as Excel or CSV, import a file with a
 * preview that shows every bad row in Thai and saves nothing until the file is clean and the user
 * confirms, and copy a fiscal year to the next. The service checks the role again.
 */
@Route("catalog")
@RolesAllowed({"PLANNER", "ADMIN"})
@StyleSheet("styles/shell.css")
@StyleSheet("styles/catalog.css")
public class CatalogView extends Div implements HasDynamicTitle {

  private final CatalogAdmin admin;
  private final Actor actor;
  private final Lang lang;

  private final Tabs tabs = new Tabs();
  private final Map<Tab, CatalogList> tabLists = new LinkedHashMap<>();
  private final Select<Integer> year = new Select<>();
  private final Grid<CatalogEntry> items = new Grid<>();
  private final Div exports = new Div();
  private final Div previewArea = new Div();
  private final Paragraph importMessage = new Paragraph();
  private @Nullable ImportPreview preview;

  CatalogView(
      CatalogAdmin admin, CurrentActor actors, SubmissionWorkflow workflow, Catalog catalog) {
    this.admin = admin;
    this.actor = actors.get();
    this.lang = Lang.of(getLocale());
    addClassName("shell-page");
    addClassName("catalog-page");
    add(new H2(getTranslation("catalog.title")));
    if (catalog.demo()) {
      var demo = new Paragraph(getTranslation("catalog.demo"));
      demo.setId("catalog-demo");
      demo.addClassName("shell-muted");
      add(demo);
    }
    for (CatalogList list : CatalogList.values()) {
      Tab tab = new Tab(list.label().in(lang));
      tab.setId("catalog-tab-" + list.fileName());
      tabs.add(tab);
      tabLists.put(tab, list);
    }
    tabs.setId("catalog-tabs");
    tabs.addSelectedChangeListener(e -> showList());

    int current = workflow.currentFiscalYear();
    year.setId("catalog-year");
    year.setLabel(getTranslation("catalog.year"));
    year.setItems(yearChoices(current));
    year.setValue(current);
    year.addValueChangeListener(e -> showList());

    var add = new Button(getTranslation("catalog.add"), e -> edit(null));
    add.setId("catalog-add");
    var copy = new Button(getTranslation("catalog.copy"), e -> confirmCopy());
    copy.setId("catalog-copy");
    var bar = new Div(year, add, copy, exports);
    bar.addClassName("catalog-bar");

    items.setId("catalog-items");
    items.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    items.setAllRowsVisible(true);
    items.setPartNameGenerator(e -> e.retired() ? "catalog-retired" : null);

    add(tabs, bar, items, importSection());
    showList();
  }

  /** The catalog's years, the given one, and the year after the last (to import a new plan). */
  private List<Integer> yearChoices(int shown) {
    List<Integer> years = new ArrayList<>(admin.fiscalYears(actor));
    if (!years.contains(shown)) {
      years.add(shown);
    }
    years.add(years.stream().mapToInt(Integer::intValue).max().orElse(shown) + 1);
    years.sort(null);
    return years;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("catalog.title") + " — " + getTranslation("app.name");
  }

  CatalogList list() {
    return tabLists.getOrDefault(tabs.getSelectedTab(), CatalogList.SCHOOLS);
  }

  private int fiscalYear() {
    Integer y = year.getValue();
    return y == null ? 0 : y;
  }

  private void showList() {
    CatalogList list = list();
    year.setEnabled(list.perYear());
    items.removeAllColumns();
    for (CatalogColumn column : list.columns()) {
      items
          .addColumn(e -> CatalogAdmin.display(column, e.get(column.key()), lang))
          .setHeader(column.header(lang))
          .setKey(column.key())
          .setAutoWidth(true)
          .setResizable(true);
    }
    items
        .addColumn(
            e -> getTranslation(e.retired() ? "catalog.status.retired" : "catalog.status.active"))
        .setHeader(getTranslation("catalog.col.status"))
        .setKey("status");
    items
        .addComponentColumn(this::actions)
        .setHeader(getTranslation("catalog.col.actions"))
        .setKey("actions")
        .setAutoWidth(true);
    items.setItems(admin.entries(actor, list, fiscalYear()));
    exports.removeAll();
    exports.addClassName("catalog-exports");
    String name = list.label().in(lang) + (list.perYear() ? " " + fiscalYear() : "");
    String ascii = list.fileName() + (list.perYear() ? "-" + fiscalYear() : "");
    exports.add(
        SheetDownloads.link(
            "catalog-export-xlsx",
            getTranslation("catalog.exportXlsx"),
            () -> name,
            ascii,
            () -> List.of(admin.sheet(actor, list, fiscalYear(), lang))),
        csvLink(list, name, ascii));
    clearPreview();
  }

  private Anchor csvLink(CatalogList list, String name, String ascii) {
    int fy = fiscalYear();
    DownloadHandler handler =
        event -> {
          byte[] bytes = admin.csv(actor, list, fy, lang);
          event.setContentType("text/csv; charset=UTF-8");
          event.setContentLength(bytes.length);
          event
              .getResponse()
              .setHeader(
                  "Content-Disposition",
                  FileNames.contentDisposition(name + ".csv", ascii + ".csv"));
          try (OutputStream out = event.getOutputStream()) {
            out.write(bytes);
          }
        };
    Anchor anchor = new Anchor(handler, getTranslation("catalog.exportCsv"));
    anchor.setId("catalog-export-csv");
    anchor.addClassName("download-link");
    return anchor;
  }

  private Div actions(CatalogEntry entry) {
    var edit = new Button(getTranslation("catalog.edit"), e -> edit(entry));
    edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    edit.setId("catalog-edit-" + entry.code());
    var box = new Div(edit);
    var retire =
        new Button(
            getTranslation(entry.retired() ? "catalog.restore" : "catalog.retire"),
            e ->
                act(
                    () ->
                        admin.retire(actor, list(), fiscalYear(), entry.code(), !entry.retired())));
    retire.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    retire.setId("catalog-retire-" + entry.code());
    box.add(retire);
    var delete =
        new Button(
            getTranslation("catalog.delete"),
            e -> act(() -> admin.delete(actor, list(), fiscalYear(), entry.code())));
    delete.addThemeVariants(
        ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
    delete.setId("catalog-delete-" + entry.code());
    box.add(delete);
    return box;
  }

  private void act(Runnable change) {
    try {
      change.run();
      Notification.show(getTranslation("catalog.saved"));
    } catch (CatalogException e) {
      Notification.show(e.text(lang));
    }
    items.setItems(admin.entries(actor, list(), fiscalYear()));
  }

  /** The add or edit dialog: a field per column, checked like a file's row, errors at the field. */
  private void edit(@Nullable CatalogEntry entry) {
    CatalogList list = list();
    Dialog dialog = new Dialog();
    dialog.setId("catalog-dialog");
    dialog.setHeaderTitle(
        getTranslation(
            entry == null ? "catalog.addTitle" : "catalog.editTitle", list.label().in(lang)));
    FormLayout form = new FormLayout();
    Map<String, TextField> fields = new LinkedHashMap<>();
    for (CatalogColumn column : list.columns()) {
      TextField field = new TextField(column.header(lang));
      field.setId("catalog-field-" + column.key());
      field.setRequiredIndicatorVisible(column.required());
      if (entry != null) {
        field.setValue(CatalogAdmin.display(column, entry.get(column.key()), lang));
        field.setReadOnly(column.key().equals("code"));
      }
      fields.put(column.key(), field);
      form.add(field);
    }
    var save =
        new Button(
            getTranslation("catalog.save"),
            e -> {
              Map<String, String> cells = new LinkedHashMap<>();
              fields.forEach((k, f) -> cells.put(k, f.getValue()));
              ImportPreview.Row row;
              try {
                row = admin.save(actor, list, fiscalYear(), cells, entry == null);
              } catch (CatalogException ex) {
                Notification.show(ex.text(lang));
                return;
              }
              fields.values().forEach(f -> f.setInvalid(false));
              if (row.hasErrors()) {
                for (Problem p : row.problems()) {
                  list.columns().stream()
                      .filter(c -> c.th().equals(p.column()))
                      .findFirst()
                      .map(c -> fields.get(c.key()))
                      .ifPresent(
                          f -> {
                            f.setInvalid(true);
                            f.setErrorMessage(p.message().in(lang));
                          });
                }
                return;
              }
              dialog.close();
              Notification.show(getTranslation("catalog.saved"));
              items.setItems(admin.entries(actor, list, fiscalYear()));
            });
    save.setId("catalog-dialog-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    var cancel = new Button(getTranslation("catalog.cancel"), e -> dialog.close());
    dialog.add(form);
    dialog.getFooter().add(cancel, save);
    dialog.open();
  }

  private void confirmCopy() {
    int from = fiscalYear();
    ConfirmDialog confirm = new ConfirmDialog();
    confirm.setId("catalog-copy-confirm");
    confirm.setHeader(getTranslation("catalog.copyTitle"));
    confirm.setText(
        getTranslation("catalog.copyText", String.valueOf(from), String.valueOf(from + 1)));
    confirm.setCancelable(true);
    confirm.setCancelText(getTranslation("catalog.cancel"));
    confirm.setConfirmText(getTranslation("catalog.copyConfirm"));
    confirm.addConfirmListener(
        e -> {
          try {
            int copied = admin.copyYear(actor, from);
            Notification.show(
                getTranslation("catalog.copied", String.valueOf(copied), String.valueOf(from + 1)));
            year.setItems(yearChoices(from + 1));
            year.setValue(from + 1);
          } catch (CatalogException ex) {
            Notification.show(ex.text(lang));
          }
        });
    confirm.open();
  }

  private Div importSection() {
    var title = new H3(getTranslation("catalog.import.title"));
    var help = new Paragraph(getTranslation("catalog.import.help"));
    help.addClassName("shell-muted");
    Upload upload = new Upload(uploadHandler());
    upload.setId("catalog-upload");
    upload.setAcceptedFileTypes(".xlsx", ".csv");
    upload.setMaxFileSize((int) SheetReader.MAX_BYTES);
    upload.setMaxFiles(1);
    String tooLarge = SheetReader.tooLarge().text(lang);
    upload.setI18n(
        new UploadI18N()
            .setAddFiles(
                new UploadI18N.AddFiles()
                    .setOne(getTranslation("catalog.import.choose"))
                    .setMany(getTranslation("catalog.import.choose")))
            .setDropFiles(
                new UploadI18N.DropFiles()
                    .setOne(getTranslation("catalog.import.drop"))
                    .setMany(getTranslation("catalog.import.drop")))
            .setError(
                new UploadI18N.Error()
                    .setFileIsTooBig(tooLarge)
                    .setIncorrectFileType(getTranslation("catalog.import.kind"))
                    .setTooManyFiles(getTranslation("catalog.import.oneFile"))));
    upload.addFileRejectedListener(e -> showMessage(e.getErrorMessage()));
    // a fixed file is uploaded again at once: the list of the one file allowed is emptied
    upload.addAllFinishedListener(e -> upload.clearFileList());
    importMessage.setId("catalog-import-message");
    importMessage.addClassName("catalog-import-message");
    previewArea.setId("catalog-preview");
    return new Div(title, help, upload, importMessage, previewArea);
  }

  private UploadHandler uploadHandler() {
    return event -> {
      CatalogList list = list();
      int fy = fiscalYear();
      UI ui = event.getUI();
      ImportPreview checked;
      try {
        checked = admin.preview(actor, list, fy, event.getFileName(), event.getInputStream());
      } catch (LocalizedException e) {
        String text = e.text(lang);
        ui.access(() -> showMessage(text));
        return;
      }
      ui.access(() -> show(checked));
    };
  }

  private void showMessage(String text) {
    clearPreview();
    importMessage.setText(text);
    importMessage.addClassName("catalog-error-text");
  }

  private void clearPreview() {
    preview = null;
    previewArea.removeAll();
    importMessage.setText("");
    importMessage.removeClassName("catalog-error-text");
  }

  /** The preview of a file: the summary, the problems, the rows (bad ones marked) and confirm. */
  void show(ImportPreview checked) {
    clearPreview();
    preview = checked;
    CatalogList list = checked.list();
    var summary =
        new Paragraph(
            getTranslation(
                "catalog.import.summary",
                checked.fileName(),
                String.valueOf(checked.rows().size()),
                String.valueOf(checked.count(Change.NEW)),
                String.valueOf(checked.count(Change.CHANGED)),
                String.valueOf(checked.count(Change.UNCHANGED)),
                String.valueOf(checked.retired().size())));
    summary.setId("catalog-preview-summary");
    previewArea.add(summary);
    long errors = checked.problems().stream().filter(p -> !p.warning()).count();
    var state =
        new Paragraph(
            errors > 0
                ? getTranslation("catalog.import.hasErrors", String.valueOf(errors))
                : getTranslation("catalog.import.clean"));
    state.setId("catalog-preview-state");
    state.addClassName(errors > 0 ? "catalog-error-text" : "catalog-ok-text");
    previewArea.add(state);
    if (!checked.problems().isEmpty()) {
      Grid<Problem> problems = new Grid<>();
      problems.setId("catalog-preview-problems");
      problems.addThemeVariants(GridVariant.LUMO_COMPACT);
      problems.setAllRowsVisible(true);
      problems
          .addColumn(p -> p.row() == 0 ? "" : String.valueOf(p.row()))
          .setHeader(getTranslation("catalog.col.row"))
          .setAutoWidth(true);
      problems
          .addColumn(Problem::column)
          .setHeader(getTranslation("catalog.col.column"))
          .setAutoWidth(true);
      problems
          .addColumn(p -> getTranslation(p.warning() ? "catalog.warning" : "catalog.error"))
          .setHeader(getTranslation("catalog.col.severity"))
          .setAutoWidth(true);
      problems
          .addColumn(p -> p.message().in(lang))
          .setHeader(getTranslation("catalog.col.message"))
          .setFlexGrow(4);
      problems.setPartNameGenerator(p -> p.warning() ? "catalog-warning" : "catalog-error");
      problems.setItems(checked.problems());
      previewArea.add(problems);
    }
    if (!checked.retired().isEmpty()) {
      var retired =
          new Paragraph(
              getTranslation("catalog.import.retired", String.join(", ", checked.retired())));
      retired.setId("catalog-preview-retired");
      previewArea.add(retired);
    }
    Grid<ImportPreview.Row> rows = new Grid<>();
    rows.setId("catalog-preview-rows");
    rows.addThemeVariants(GridVariant.LUMO_COMPACT);
    rows.setAllRowsVisible(true);
    rows.addColumn(ImportPreview.Row::number)
        .setHeader(getTranslation("catalog.col.row"))
        .setAutoWidth(true);
    rows.addColumn(r -> change(r))
        .setHeader(getTranslation("catalog.col.change"))
        .setAutoWidth(true);
    for (CatalogColumn column : list.columns()) {
      rows.addColumn(
              r -> CatalogAdmin.display(column, r.values().getOrDefault(column.key(), ""), lang))
          .setHeader(column.header(lang))
          .setAutoWidth(true);
    }
    rows.setPartNameGenerator(r -> r.hasErrors() ? "catalog-error" : null);
    rows.setItems(checked.rows());
    previewArea.add(rows);

    var confirm = new Button(getTranslation("catalog.import.confirm"), e -> save());
    confirm.setId("catalog-import-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    confirm.setEnabled(!checked.hasErrors());
    var cancel = new Button(getTranslation("catalog.cancel"), e -> clearPreview());
    cancel.setId("catalog-import-cancel");
    previewArea.add(new Div(confirm, cancel));
  }

  private String change(ImportPreview.Row row) {
    if (row.change() == null) {
      return getTranslation("catalog.error");
    }
    return getTranslation("catalog.change." + row.change().name());
  }

  private void save() {
    ImportPreview checked = preview;
    if (checked == null) {
      return;
    }
    try {
      ImportPreview saved = admin.save(actor, checked);
      clearPreview();
      importMessage.setText(
          getTranslation(
              "catalog.import.saved",
              String.valueOf(saved.count(Change.NEW)),
              String.valueOf(saved.count(Change.CHANGED)),
              String.valueOf(saved.count(Change.UNCHANGED)),
              String.valueOf(saved.retired().size())));
      importMessage.addClassName("catalog-ok-text");
      items.setItems(admin.entries(actor, list(), fiscalYear()));
    } catch (CatalogException e) {
      showMessage(e.text(lang));
    }
  }
}
