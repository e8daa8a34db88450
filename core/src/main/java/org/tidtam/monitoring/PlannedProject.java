package org.tidtam.monitoring;

import java.util.Objects;

/**
 * A project of the office's action plan (แผนปฏิบัติการ) for the year: each one owes a project
 * report in the rounds the plan says, filed by its responsible group.
 *
 * @param code the project's code, as its project report states it (e.g. {@code KBI-2569-P03})
 * @param groupCode the code of the responsible group, under which its reports are filed
 */
public record PlannedProject(String code, String name, String groupCode) {

  public PlannedProject {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(groupCode, "groupCode");
  }
}
