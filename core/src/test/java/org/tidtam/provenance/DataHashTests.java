package org.tidtam.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DataHashTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static JsonNode json(String text) {
    return JSON.readTree(text);
  }

  @Test
  void writesSortedKeysWithoutWhitespaceAndPlainNumbers() {
    assertThat(
            DataHash.canonical(
                json("{\"b\": [1, 2.50, 1500.00, -0.0], \"a\": {\"z\": null, \"y\": true}}")))
        .isEqualTo("{\"a\":{\"y\":true,\"z\":null},\"b\":[1,2.5,1500,0]}");
  }

  @Test
  void escapesOnlyWhatJsonRequires() {
    assertThat(DataHash.canonical(json("{\"t\": \"ก \\\"q\\\" \\\\ \\n \\u0001 😀\"}")))
        .isEqualTo("{\"t\":\"ก \\\"q\\\" \\\\ \\n \\u0001 😀\"}");
  }

  @Test
  void theSameDataGivesTheSameHashHoweverItIsWritten() {
    String a = DataHash.of(json("{\"name\": \"โครงการ\", \"budget\": 1500.00, \"rows\": [1, 2]}"));
    String b = DataHash.of(json("{\"rows\":[1,2],\"budget\":1500,\n  \"name\":\"โครงการ\"}"));

    assertThat(a).isEqualTo(b).hasSize(64).matches("[0-9a-f]{64}");
  }

  @Test
  void anyChangeOfTheDataChangesTheHash() {
    String base = DataHash.of(json("{\"name\": \"โครงการ\", \"budget\": 1500, \"rows\": [1, 2]}"));

    assertThat(DataHash.of(json("{\"name\": \"โครงการ\", \"budget\": 1501, \"rows\": [1, 2]}")))
        .isNotEqualTo(base);
    assertThat(DataHash.of(json("{\"name\": \"โครงการ\", \"budget\": 1500, \"rows\": [2, 1]}")))
        .isNotEqualTo(base);
    assertThat(DataHash.of(json("{\"name\": \"โครงการ \", \"budget\": 1500, \"rows\": [1, 2]}")))
        .isNotEqualTo(base);
    assertThat(DataHash.of(json("{\"name\": \"โครงการ\", \"budget\": \"1500\", \"rows\": [1, 2]}")))
        .isNotEqualTo(base);
  }

  @Test
  void hashesBytesAsSha256() {
    // the SHA-256 of "abc" (FIPS 180-2, appendix B.1)
    assertThat(DataHash.sha256("abc".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }
}
