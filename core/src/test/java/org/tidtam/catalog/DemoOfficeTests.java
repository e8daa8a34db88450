package org.tidtam.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoOfficeTests {

  private final Catalog office = DemoOffice.of(2569, 210, 60, 1);

  @Test
  void hasTheSchoolsAndProjectsAskedForAndIsASoundCatalog() {
    assertThat(office.schools()).hasSize(210);
    assertThat(office.projectsOf(2569)).hasSize(60);
    assertThat(office.problems()).isEmpty();
    assertThat(office.demo()).isTrue();
    assertThat(CatalogJson.read(CatalogJson.write(office))).isEqualTo(office);
  }

  @Test
  void keepsTheDemoCatalogsOfficeGroupsPlanAndItsOwnSchoolsFirst() {
    Catalog demo = Catalog.demoCatalog();
    assertThat(office.office()).isEqualTo(demo.office());
    assertThat(office.groups()).isEqualTo(demo.groups());
    assertThat(office.districts()).isEqualTo(demo.districts());
    assertThat(office.indicators()).isEqualTo(demo.indicators());
    assertThat(office.policies()).isEqualTo(demo.policies());
    assertThat(office.schools().subList(0, demo.schools().size())).isEqualTo(demo.schools());
    assertThat(DemoOffice.of(2569, 5, 1, 1).schools()).isEqualTo(demo.schools().subList(0, 5));
  }

  @Test
  void spreadsUniqueSchoolsOverAllDistrictsWithSizesThatFitTheirStudents() {
    assertThat(office.schools().stream().map(School::code).distinct()).hasSize(210);
    assertThat(office.schools().stream().map(School::name).distinct()).hasSize(210);
    assertThat(office.schools().stream().map(School::district).collect(Collectors.toSet()))
        .containsExactlyInAnyOrderElementsOf(office.districts());
    for (School s : office.schools()) {
      assertThat(s.name()).startsWith("โรงเรียน");
      assertThat(s.code()).matches("\\d{8}");
      assertThat(s.size()).as(s.name()).isEqualTo(DemoOffice.sizeOf(s.students()));
    }
    long small = office.schools().stream().filter(s -> s.size() == SchoolSize.SMALL).count();
    assertThat(small).isBetween(50L, 130L);
  }

  @Test
  void givesEveryGroupAProjectWithABudget() {
    List<Project> projects = office.projectsOf(2569);
    assertThat(projects.stream().map(Project::ownerGroup).collect(Collectors.toSet()))
        .isEqualTo(office.groups().stream().map(OrgGroup::code).collect(Collectors.toSet()));
    assertThat(projects.stream().map(Project::code).distinct()).hasSize(60);
    assertThat(projects.stream().map(Project::name).distinct()).hasSize(60);
    assertThat(projects)
        .allSatisfy(
            p ->
                assertThat(p.budget())
                    .isBetween(
                        new java.math.BigDecimal("20000"), new java.math.BigDecimal("500000")));
  }

  @Test
  void theSameSeedGivesTheSameOfficeAndAnotherSeedAnother() {
    assertThat(DemoOffice.of(2569, 210, 60, 1)).isEqualTo(office);
    assertThat(DemoOffice.of(2569, 210, 60, 2)).isNotEqualTo(office);
  }

  @Test
  void movesThePlanToAnotherFiscalYear() {
    Catalog next = DemoOffice.of(2570, 20, 5, 1);

    assertThat(next.fiscalYears()).containsExactly(2570);
    assertThat(next.indicators())
        .allSatisfy(i -> assertThat(i.code()).contains("-2570-"))
        .allSatisfy(i -> assertThat(i.fiscalYear()).isEqualTo(2570));
    assertThat(next.projectsOf(2570)).hasSize(5);
    assertThat(next.problems()).isEmpty();
    Set<String> strategies =
        next.strategies().stream().map(Strategy::code).collect(Collectors.toSet());
    assertThat(next.indicators())
        .allSatisfy(i -> assertThat(strategies).contains(i.strategyCode()));
  }

  @Test
  void refusesNumbersOutOfBounds() {
    assertThatThrownBy(() -> DemoOffice.of(2569, 0, 10, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DemoOffice.of(2569, DemoOffice.MAX_SCHOOLS + 1, 10, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DemoOffice.of(2569, 10, 0, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DemoOffice.of(2026, 10, 10, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
