package org.tidtam.app.notice.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tidtam.app.notice.domain.Notice;
import org.tidtam.app.notice.domain.NoticeRead;
import org.tidtam.app.notice.domain.NoticeReadRepository;
import org.tidtam.app.notice.domain.NoticeRepository;
import org.tidtam.app.security.domain.Actor;
import org.tidtam.app.security.domain.Role;
import org.tidtam.catalog.Catalog;
import org.tidtam.i18n.Message;

/**
 * In-app notices. Policy and planning staff and administrators send a notice to units (one stored
 * per unit, with who sent it and when); the users of a unit see its notices, which of them they
 * have not read yet, and mark them read. Checked here, whatever the caller: only planners and
 * administrators send; a user sees and marks only their own unit's notices (another unit's is not
 * found).
 */
@Service
@Transactional
public class Notices {

  /** The longest text a notice may have. */
  public static final int MAX_TEXT = 2000;

  private static final Set<Role> SEND = Set.of(Role.PLANNER, Role.ADMIN);

  /** A unit to notify and what about (e.g. "แบบ 7.3 รอบ 6 เดือน ปีงบประมาณ 2569"). */
  public record Addressee(String unitCode, String topic) {}

  /** A notice as its unit's user sees it. */
  public record Shown(
      long id, String topic, String body, String sentBy, Instant sentAt, boolean read) {}

  private final NoticeRepository notices;
  private final NoticeReadRepository reads;
  private final ObjectProvider<Catalog> catalogs;
  private final Clock clock;

  Notices(
      NoticeRepository notices,
      NoticeReadRepository reads,
      ObjectProvider<Catalog> catalogs,
      Clock clock) {
    this.notices = notices;
    this.reads = reads;
    this.catalogs = catalogs;
    this.clock = clock;
  }

  /** Whether the actor sends notices. */
  public static boolean sends(Actor actor) {
    return SEND.contains(actor.role());
  }

  /**
   * Sends the same text to each addressee.
   *
   * @throws NoticeException.NotAllowed for any role but planners and administrators
   * @throws NoticeException.Invalid for no addressee, an unknown unit, or a blank or too long text
   */
  public List<Notice> send(Actor actor, List<Addressee> to, String text) {
    if (!sends(actor)) {
      throw new NoticeException.NotAllowed();
    }
    String body = text.strip();
    if (body.isEmpty()) {
      throw new NoticeException.Invalid("text", Message.of("tidtam.app.notice.textRequired"));
    }
    if (body.length() > MAX_TEXT) {
      throw new NoticeException.Invalid(
          "text", Message.of("tidtam.app.notice.textTooLong", "max", MAX_TEXT));
    }
    if (to.isEmpty()) {
      throw new NoticeException.Invalid("units", Message.of("tidtam.app.notice.noUnit"));
    }
    for (Addressee addressee : to) {
      String unit = addressee.unitCode();
      if (catalog().school(unit).isEmpty() && catalog().group(unit).isEmpty()) {
        throw new NoticeException.Invalid(
            "units", Message.of("tidtam.app.notice.unknownUnit", "unit", unit));
      }
    }
    Instant now = clock.instant();
    List<Notice> sent = new ArrayList<>();
    for (Addressee addressee : to) {
      sent.add(
          notices.save(
              new Notice(
                  addressee.unitCode(), addressee.topic().strip(), body, actor.username(), now)));
    }
    return sent;
  }

  /** The notices of the actor's unit, newest first; none for a user of no unit. */
  @Transactional(readOnly = true)
  public List<Shown> mine(Actor actor) {
    String unit = actor.unitCode();
    if (unit == null) {
      return List.of();
    }
    List<Notice> found = notices.findByUnitCodeOrderBySentAtDescIdDesc(unit);
    if (found.isEmpty()) {
      return List.of();
    }
    Set<Long> read =
        reads
            .findByKeyUsernameAndKeyNoticeIdIn(
                actor.username(), found.stream().map(Notice::id).toList())
            .stream()
            .map(r -> r.getKey().noticeId())
            .collect(Collectors.toSet());
    return found.stream()
        .map(
            n ->
                new Shown(
                    n.id(),
                    n.getTopic(),
                    n.getBody(),
                    n.getSentBy(),
                    n.getSentAt(),
                    read.contains(n.id())))
        .toList();
  }

  /** How many of the actor's unit's notices the actor has not read. */
  @Transactional(readOnly = true)
  public int unread(Actor actor) {
    return (int) mine(actor).stream().filter(n -> !n.read()).count();
  }

  /** Marks a notice of the actor's unit read (once; again changes nothing). */
  public void markRead(Actor actor, long id) {
    Notice notice = notices.findById(id).orElseThrow(() -> new NoticeException.NotFound(id));
    if (!notice.getUnitCode().equals(actor.unitCode())) {
      throw new NoticeException.NotFound(id);
    }
    NoticeRead.Key key = new NoticeRead.Key(id, actor.username());
    if (!reads.existsById(key)) {
      reads.save(new NoticeRead(id, actor.username(), clock.instant()));
    }
  }

  /** The latest notices sent to any unit, newest first: for those who send them. */
  @Transactional(readOnly = true)
  public List<Notice> sent(Actor actor) {
    if (!sends(actor) && !actor.is(Role.EXECUTIVE)) {
      throw new NoticeException.NotAllowed();
    }
    return notices.findTop200ByOrderByIdDesc();
  }

  /** The catalog as it is now (rebuilt when a planner changes it). */
  private Catalog catalog() {
    return catalogs.getObject();
  }
}
