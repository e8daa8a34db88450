package org.tidtam.app.report.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PreDestroy;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Builds annual reports in the background, one at a time (a build holds the whole document in
 * memory and LibreOffice uses a core), and keeps the built reports by the hash of their inputs, so
 * that an unchanged report is there at once; a second request for the same report waits for the
 * first build and takes its result.
 */
@Service
public class ReportJobs {

  private static final Logger LOG = LoggerFactory.getLogger(ReportJobs.class);

  /** At most this many bytes of built reports are kept. */
  private static final long CACHE_BYTES = 256L * 1024 * 1024;

  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread thread = new Thread(r, "annual-report");
            thread.setDaemon(true);
            return thread;
          });

  private final Cache<String, BuiltReport> built =
      Caffeine.newBuilder()
          .maximumWeight(CACHE_BYTES)
          .<String, BuiltReport>weigher((hash, report) -> report.weight())
          .build();

  /** The jobs by id, while they run and a while after (the screen reads their end). */
  private final Cache<String, ReportJob> jobs =
      Caffeine.newBuilder().maximumSize(200).<String, ReportJob>build();

  /** What a job needs: the hash of its inputs, then the build itself. */
  public interface Work {
    String hash();

    BuiltReport build(BuildProgress progress);
  }

  /**
   * Starts a build in the background. The work is prepared there too (reading the submissions takes
   * a moment): when a report of the same hash is kept the job ends at once.
   */
  public ReportJob start(int fiscalYear, Supplier<Work> prepare) {
    ReportJob job = new ReportJob(fiscalYear);
    jobs.put(job.id(), job);
    executor.execute(() -> run(job, prepare));
    return job;
  }

  /** A job by its id, while it is remembered. */
  public Optional<ReportJob> job(String id) {
    return Optional.ofNullable(jobs.getIfPresent(id));
  }

  /** Builds now in the caller's thread, or takes the kept report of the same hash. */
  public BuiltReport buildNow(Work work) {
    return built.get(work.hash(), hash -> work.build(BuildProgress.NONE));
  }

  /** The kept report of a hash, if any. */
  public Optional<BuiltReport> kept(String hash) {
    return Optional.ofNullable(built.getIfPresent(hash));
  }

  private void run(ReportJob job, Supplier<Work> prepare) {
    try {
      job.at("report.stage.reading", 0.01);
      Work work = prepare.get();
      String hash = work.hash();
      BuiltReport kept = built.getIfPresent(hash);
      if (kept != null) {
        job.finish(kept);
        return;
      }
      BuiltReport report = work.build(job);
      built.put(hash, report);
      job.finish(report);
    } catch (RuntimeException e) {
      LOG.warn("the annual report of {} could not be built", job.fiscalYear(), e);
      job.fail(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
  }

  @PreDestroy
  void stop() {
    executor.shutdownNow();
  }
}
