package org.tidtam.app.submission.service;

import org.springframework.boot.test.context.SpringBootTest;

/** The store on the embedded H2 database of the default profile (in memory for tests). */
@SpringBootTest
class H2SubmissionStoreTests extends SubmissionStoreContract {}
