package org.tsunagu.web.document;

import org.tsunagu.store.document.DocumentListing;
import org.tsunagu.store.fact.Page;
import org.tsunagu.web.Paging;

/** A page of the stored documents, newest first. */
record DocumentListPage(Page<DocumentListing> documents, Paging paging) {
}
