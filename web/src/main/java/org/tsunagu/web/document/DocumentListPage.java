package org.tsunagu.web.document;

import org.tsunagu.store.document.DocumentListing;
import org.tsunagu.store.fact.Page;
import org.tsunagu.web.PageLinks;

/** A page of the stored documents, newest first. */
record DocumentListPage(Page<DocumentListing> documents, PageLinks paging) {
}
