package org.tidtam.app.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.Filter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * What a visitor's browser may fetch before signing in, through the application's filter chains
 * alone: behind them nothing serves the request here, so "not found" means "let through".
 */
@SpringBootTest
class SecurityConfigurationTests {

  @Autowired
  @Qualifier("springSecurityFilterChain")
  Filter security;

  MockMvc mvc;

  @BeforeEach
  void setUp() {
    // a visitor: no authentication left over from a test that ran before in this thread
    SecurityContextHolder.clearContext();
    TestSecurityContextHolder.clearContext();
    mvc =
        MockMvcBuilders.standaloneSetup(new Object())
            .apply(SecurityMockMvcConfigurers.springSecurity(security))
            .build();
  }

  @Test
  void theStyleSheetsReachAVisitorOnTheSignInPage() throws Exception {
    mvc.perform(get("/styles/shell.css")).andExpect(status().isNotFound());
  }

  @Test
  void theReviewSendsAVisitorToSignIn() throws Exception {
    mvc.perform(get("/review"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/login"));
  }
}
