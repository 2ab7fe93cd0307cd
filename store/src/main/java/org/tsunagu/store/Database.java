package org.tsunagu.store;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.jdbi.v3.core.CloseException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.entity.EntityType;
import org.tsunagu.model.fact.Extraction;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.model.fact.Role;
import org.tsunagu.store.account.Accounts;
import org.tsunagu.store.account.FeedTokens;
import org.tsunagu.store.agreement.AgreementFollowUp;
import org.tsunagu.store.agreement.AgreementFollowUps;
import org.tsunagu.store.audit.AuditEntry;
import org.tsunagu.store.audit.AuditLog;
import org.tsunagu.store.audit.AuditQuery;
import org.tsunagu.store.document.DocumentListing;
import org.tsunagu.store.document.DocumentReader;
import org.tsunagu.store.document.DocumentRepository;
import org.tsunagu.store.document.StoredDocument;
import org.tsunagu.store.duplicates.DuplicateSuggestion;
import org.tsunagu.store.duplicates.DuplicateSuggestions;
import org.tsunagu.store.fact.FactQuery;
import org.tsunagu.store.fact.FactRepository;
import org.tsunagu.store.fact.FactRows;
import org.tsunagu.store.fact.Page;
import org.tsunagu.store.fact.StoredFact;
import org.tsunagu.store.feed.GraphFeed;
import org.tsunagu.store.graph.Countries;
import org.tsunagu.store.graph.EntityPlaces;
import org.tsunagu.store.graph.Graph;
import org.tsunagu.store.graph.GraphQuery;
import org.tsunagu.store.graph.GraphReader;
import org.tsunagu.store.graph.PathFinder;
import org.tsunagu.store.graph.Paths;
import org.tsunagu.store.graph.TyingFacts;
import org.tsunagu.store.internal.JdbcStatements;
import org.tsunagu.store.knowledge.CitedFact;
import org.tsunagu.store.knowledge.Country;
import org.tsunagu.store.knowledge.DatedFact;
import org.tsunagu.store.knowledge.DatedFacts;
import org.tsunagu.store.knowledge.EntityMerge;
import org.tsunagu.store.knowledge.EntityReport;
import org.tsunagu.store.knowledge.EvidenceSpans;
import org.tsunagu.store.knowledge.FactLink;
import org.tsunagu.store.knowledge.FactsAbout;
import org.tsunagu.store.knowledge.KnowledgeFact;
import org.tsunagu.store.knowledge.KnowledgeFacts;
import org.tsunagu.store.knowledge.KnowledgeQuery;
import org.tsunagu.store.knowledge.KnowledgeReader;
import org.tsunagu.store.knowledge.ReadModel;
import org.tsunagu.store.knowledge.Renewals;
import org.tsunagu.store.product.ProductMarket;
import org.tsunagu.store.partner.InterestProfile;
import org.tsunagu.store.partner.InterestProfiles;
import org.tsunagu.store.partner.InterestStatements;
import org.tsunagu.store.partner.PartnerSuggestion;
import org.tsunagu.store.partner.PartnerSuggestions;
import org.tsunagu.store.partner.ProposedTie;
import org.tsunagu.store.partner.ProposedTies;
import org.tsunagu.store.report.Filing;
import org.tsunagu.store.report.Reports;
import org.tsunagu.store.resolution.DocumentMentions;
import org.tsunagu.store.resolution.Entity;
import org.tsunagu.store.resolution.EntityProfile;
import org.tsunagu.store.resolution.EntityProfileReader;
import org.tsunagu.store.resolution.EntityQuery;
import org.tsunagu.store.resolution.EntityReader;
import org.tsunagu.store.resolution.EntityResolver;
import org.tsunagu.store.resolution.WriterCache;
import org.tsunagu.store.review.Curation;
import org.tsunagu.store.review.CurationException;
import org.tsunagu.store.review.Operation;
import org.tsunagu.store.review.Undo;
import org.tsunagu.store.schema.Migrations;
import org.tsunagu.store.watch.WatchedItems;
import org.tsunagu.store.watch.Watchlists;
import org.tsunagu.store.vitality.RankedTies;
import org.tsunagu.store.vitality.TieQuery;

/**
 * The store: documents with the facts read from them, their arguments and evidence. Opening
 * migrates the schema; saving one extraction is one transaction, so a document is stored whole
 * or not at all, and saving the same text again changes nothing. Safe to share between threads.
 */
public final class Database implements AutoCloseable {

    /** Long enough for a web request to wait out an ingest transaction in another process. */
    private static final int BUSY_TIMEOUT_MILLIS = 30_000;

    /** SQLite's page cache per connection; a negative cache_size counts KiB rather than pages. */
    private static final int CACHE_KIBIBYTES = 64 * 1024;

    private final Jdbi jdbi;
    private final Dialect dialect;
    private final ReadConnections readers;
    // SQLite admits one writer at a time: one connection for all saves, taken in turn, spares
    // threads of this process from contending through the busy timeout.
    private final Handle writer;
    private final Optional<BackgroundCheckpoints> checkpoints;
    private final ReusedStatements writerStatements = new ReusedStatements();
    private final Clock clock;
    // Guarded by writer, like every use of the writing connection.
    private final WriterCache cache = new WriterCache();
    private final Accounts accounts;
    private final Watchlists watchlists;
    private final FeedTokens feedTokens;
    private final StoreCounts counts = new StoreCounts();
    private final FactCounts factCounts = new FactCounts();
    private final EntityFactCounts entityFactCounts = new EntityFactCounts();
    private final KeptNetworks networks = new KeptNetworks();
    private final KeptTies ties = new KeptTies();
    private final KeptNewestFacts newestFacts = new KeptNewestFacts();

    private Database(Jdbi jdbi, Dialect dialect, Clock clock) {
        this.jdbi = jdbi;
        this.dialect = dialect;
        this.readers = new ReadConnections(jdbi);
        this.writer = jdbi.open();
        writer.setStatementBuilder(writerStatements);
        if (dialect == Dialect.SQLITE) {
            writer.execute(BackgroundCheckpoints.WRITER_CHECKPOINTS_PAST_A_LIMIT);
            checkpoints = Optional.of(BackgroundCheckpoints.start(jdbi));
        } else {
            checkpoints = Optional.empty();
        }
        this.clock = clock;
        this.accounts = new Accounts(jdbi, clock);
        this.watchlists = new Watchlists(jdbi, clock);
        this.feedTokens = new FeedTokens(jdbi, clock);
    }

    /**
     * Opens a SQLite file (its folders are created), a {@code jdbc:sqlite:} URL or a
     * {@code jdbc:postgresql:} URL, and brings its schema up to date.
     *
     * @throws UnsupportedDatabaseException for other JDBC URLs
     */
    public static Database open(String location) {
        Dialect dialect = Dialect.of(location);
        DataSource dataSource = dialect == Dialect.POSTGRESQL ? PostgresqlLocation.dataSource(location) : sqlite(location);
        try {
            Migrations.migrate(dataSource, dialect.migrations());
        } catch (RuntimeException e) {
            throw StoreFailure.ifStoreWide(e);
        }
        return new Database(Jdbi.create(dataSource), dialect, Clock.systemUTC());
    }

    private static DataSource sqlite(String location) {
        SQLiteDataSource dataSource = new SQLiteDataSource(sqliteSettings());
        dataSource.setUrl(SqliteLocation.toUrl(location));
        return dataSource;
    }

    /** Which database this is. */
    public Dialect dialect() {
        return dialect;
    }

    private static SQLiteConfig sqliteSettings() {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // Durable against a killed process; only a power cut can lose the last commits in WAL.
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        // Take the write lock when a transaction begins: a deferred transaction that reads first
        // fails at once, busy timeout or not, when another writer committed in between.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        // Each document's savepoint keeps the pages it changes in a journal, which SQLite writes
        // to a temporary file past 64 KB: in memory, storing a document writes no file but the WAL.
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        // A batch of documents changes several MB of pages; in the default 2 MB cache SQLite writes them
        // to the WAL before the commit.
        config.setCacheSize(-CACHE_KIBIBYTES);
        // Nothing reads generated keys (ids are assigned or returned by the SQL), and the driver
        // would otherwise run SELECT last_insert_rowid() after every single INSERT.
        config.setGetGeneratedKeys(false);
        return config;
    }

    /**
     * Stores the document and everything read from it, unless a document with the same content
     * hash is already stored. Re-running an interrupted ingest therefore stores each document
     * exactly once.
     */
    public SaveOutcome save(Extraction extraction) {
        return saveAll(List.of(extraction)).get(0).orElseThrow();
    }

    /**
     * Saves several documents in one commit, each still whole or not at all: a document that
     * fails is rolled back to the savepoint before it and reported, the others are stored. A
     * process killed mid-batch loses only the batch, which the next run stores. One commit per
     * document costs about a third of the time of saving it; ingest in batches of a few hundred.
     *
     * @return each document's outcome, in order; empty for a document that failed, whose failure
     *     is rethrown when it is the only one
     */
    public List<Optional<SaveOutcome>> saveAll(List<Extraction> extractions) {
        return saveAllPrepared(extractions.stream().map(this::prepare).toList());
    }

    /**
     * Works out what storing the extraction needs but the database: safe to call on any thread,
     * and best called on the threads that extract, so that the one writing thread only writes.
     */
    public PreparedExtraction prepare(Extraction extraction) {
        return PreparedExtraction.of(extraction);
    }

    /** {@link #saveAll} for extractions already prepared. */
    public List<Optional<SaveOutcome>> saveAllPrepared(List<PreparedExtraction> extractions) {
        synchronized (writer) {
            try {
                return writer.inTransaction(handle -> {
                    dialect.beginWrite(handle, cache);
                    dialect.commitWithoutWaitingForTheDisk(handle);
                    List<Optional<SaveOutcome>> outcomes = new java.util.ArrayList<>();
                    Set<Long> entities = new TreeSet<>();
                    try (JdbcStatements statements = JdbcStatements.of(handle)) {
                        for (PreparedExtraction extraction : extractions) {
                            outcomes.add(saveOne(handle, statements, extraction, extractions.size() == 1, entities));
                        }
                        EntityResolver.rename(statements, entities);
                    }
                    return outcomes;
                });
            } catch (RuntimeException e) {
                // What the rolled-back transaction cached was never stored.
                cache.clear();
                throw StoreFailure.ifStoreWide(e);
            }
        }
    }

    /** Adds the entities the document resolved to {@code entities}, which the caller names. */
    private Optional<SaveOutcome> saveOne(Handle handle, JdbcStatements statements, PreparedExtraction extraction,
            boolean alone, Set<Long> entities) {
        if (DocumentRepository.contains(statements, extraction.contentHash())) {
            return Optional.of(SaveOutcome.UNCHANGED);
        }
        if (alone) {
            entities.addAll(store(handle, statements, extraction));
            return Optional.of(SaveOutcome.NEW);
        }
        handle.savepoint("document");
        try {
            entities.addAll(store(handle, statements, extraction));
            handle.releaseSavepoint("document");
            return Optional.of(SaveOutcome.NEW);
        } catch (RuntimeException e) {
            RuntimeException failure = StoreFailure.ifStoreWide(e);
            if (failure instanceof StoreFailure) {
                // A full disk or a damaged file fails every document after this one too: the batch stops.
                throw failure;
            }
            // Jdbi forgets the savepoint once rolled back to; the commit ends it in SQLite.
            handle.rollbackToSavepoint("document");
            statements.discard();
            cache.clear();
            return Optional.empty();
        }
    }

    private Collection<Long> store(Handle handle, JdbcStatements statements, PreparedExtraction prepared) {
        FactRows facts = prepared.facts();
        DocumentMentions mentions = prepared.mentions();
        Extraction extraction = prepared.extraction();
        long documentId = DocumentRepository.insert(statements, extraction, prepared.contentHash(), clock.instant());
        Filing filing = Reports.file(statements, documentId, prepared.contentHash(), prepared.signature());
        Map<EntityRef, Long> resolved = new EntityResolver(handle, statements, new EntityMerge(), cache)
                .resolve(mentions.inReport(filing.report()), extraction.factsOf(Role.class));
        List<Long> knowledgeFacts = KnowledgeFacts.integrate(statements, extraction, filing, resolved, cache);
        FactRepository.insert(statements, documentId, facts, resolved, knowledgeFacts, cache);
        ReadModel.addDocument(statements, documentId);
        Renewals.addDocument(handle, documentId);
        InterestStatements.addDocument(handle, documentId, extraction.document().text(), extraction.interests(), resolved);
        return resolved.values();
    }

    /** Asks the writing connection, which stays open, rather than opening a connection per call. */
    public boolean contains(String contentHash) {
        synchronized (writer) {
            return DocumentRepository.contains(writer, contentHash);
        }
    }

    /** Entities are counted after resolution: "Da Nang" and "Đà Nẵng" count once. */
    public Counts counts() {
        return readers.withHandle(counts::read);
    }

    /** Knowledge facts (of the type, when given) by the date they happened, the newest first; undated ones last. */
    public List<DatedFact> newestFacts(Optional<FactType> type, int limit) {
        return readers.withHandle(handle -> newestFacts.read(handle, type, limit,
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)));
    }

    /** The newest facts first. */
    public List<StoredFact> recentFacts(int limit) {
        return findFacts(FactQuery.all().withLimit(limit)).items();
    }

    public Page<StoredFact> findFacts(FactQuery query) {
        return readers.withHandle(handle -> FactRepository.find(handle, query, total(handle, query)));
    }

    /** Without words to match, the total is one of the store's counts, which are kept until the store changes. */
    private long total(Handle handle, FactQuery query) {
        if (query.text().isPresent()) {
            return FactRepository.count(handle, query);
        }
        Counts held = counts.read(handle);
        return query.type().map(held::facts).orElse(held.facts());
    }

    /** Canonical entities, by type then name. */
    public Page<Entity> entities(EntityQuery query) {
        return readers.withHandle(handle -> EntityReader.find(handle, query));
    }

    public Optional<Entity> entity(long id) {
        return readers.withHandle(handle -> EntityReader.find(handle, id));
    }

    /** Where a merged-away entity's page moved: its survivor, after merges of merges; empty for a live or unknown id. */
    public Optional<Long> survivorOf(long entity) {
        return readers.withHandle(handle -> EntityReader.survivorOf(handle, entity));
    }

    /** Pairs of entities that may be one, the likeliest first, each with why; of one kind of entity or of all. */
    public List<DuplicateSuggestion> suggestedDuplicates(Optional<EntityType> type, int limit) {
        return readers.withHandle(handle -> DuplicateSuggestions.find(handle, type, limit));
    }

    /** Facts as the knowledge base holds them: one per real fact, with all its sources. */
    public Page<KnowledgeFact> knowledgeFacts(KnowledgeQuery query) {
        return readers.withHandle(handle -> new Page<>(factCounts.count(handle, query),
                KnowledgeReader.findAll(handle, KnowledgeReader.ids(handle, query))));
    }

    /** The ids of the facts the query's page holds, without reading the facts: what a bulk decision changes. */
    public List<Long> knowledgeFactIds(KnowledgeQuery query) {
        return readers.withHandle(handle -> KnowledgeReader.ids(handle, query));
    }

    /** Where each statement's evidence lies in its document, for marking it; statements without evidence are left out. */
    public Map<Long, EvidenceSpans> evidenceSpans(Collection<Long> statements) {
        return readers.withHandle(handle -> EvidenceSpans.of(handle, statements));
    }

    /** The countries the knowledge base knows from the reference data, by name: what facts can be filtered by. */
    public List<Country> countries() {
        return readers.withHandle(Country::known);
    }

    public Optional<KnowledgeFact> knowledgeFact(long id) {
        return readers.withHandle(handle -> KnowledgeReader.find(handle, id));
    }

    /** An agreement with its status, expiry and commitments as of today (the database clock's day). */
    public Optional<AgreementFollowUp> agreementFollowUp(long id) {
        return agreementFollowUp(id, today());
    }

    /** An agreement with its status, expiry and commitments as they stand on {@code day}. */
    public Optional<AgreementFollowUp> agreementFollowUp(long id, LocalDate day) {
        return readers.withHandle(handle -> AgreementFollowUps.find(handle, id, day));
    }

    /** Agreements in force whose term ends within {@code months} from today. */
    public List<AgreementFollowUp> agreementsExpiringWithin(int months) {
        return agreementsExpiringWithin(months, today());
    }

    /** Agreements in force on {@code day} whose term ends within {@code months} from it. */
    public List<AgreementFollowUp> agreementsExpiringWithin(int months, LocalDate day) {
        return readers.withHandle(handle -> AgreementFollowUps.expiringWithin(handle, day, months));
    }

    /** Agreements whose commitments have all gone a year without news. */
    public List<AgreementFollowUp> agreementsWithQuietCommitments() {
        return agreementsWithQuietCommitments(today());
    }

    /** Agreements whose commitments have all gone a year without news on {@code day}. */
    public List<AgreementFollowUp> agreementsWithQuietCommitments(LocalDate day) {
        return readers.withHandle(handle -> AgreementFollowUps.quiet(handle, day));
    }

    /** The agreements the entity is a party to, with their follow-up as of today, the latest learned first. */
    public List<AgreementFollowUp> agreementsOfParty(long entity, int limit) {
        return readers.withHandle(handle -> AgreementFollowUps.ofParty(handle, entity, today(), limit));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** Which agreements each of these knowledge facts renews or is renewed by; facts with no link are left out. */
    public Map<Long, List<FactLink>> factLinks(Collection<Long> knowledgeFacts) {
        return readers.withHandle(handle -> Renewals.of(handle, knowledgeFacts));
    }

    /** An entity with the hierarchy around it; empty for no such entity or one merged away. */
    public Optional<EntityProfile> entityProfile(long id) {
        return readers.withHandle(handle -> EntityProfileReader.find(handle, id));
    }

    /**
     * An entity's profile, how many knowledge facts of each type name it, and a page of each type
     * ({@code limit} from {@code offset}), or of the one type asked for; most recently learned
     * first, rejected facts left out.
     */
    public Optional<EntityReport> entityReport(long id, Optional<FactType> only, int limit, int offset) {
        return readers.withHandle(handle -> EntityProfileReader.find(handle, id).map(profile -> {
            Map<FactType, Long> counts = entityFactCounts.of(handle, id);
            Map<FactType, List<CitedFact>> facts = only.isEmpty() ? FactsAbout.pages(handle, id, limit, offset)
                    : Map.of(only.get(), FactsAbout.page(handle, id, only.get(), limit, offset));
            return new EntityReport(profile, counts, facts);
        }));
    }

    /** A page of the knowledge facts of one type that name the entity, most recently learned first. */
    public List<CitedFact> factsAbout(long entity, FactType type, int limit, int offset) {
        return readers.withHandle(handle -> FactsAbout.page(handle, entity, type, limit, offset));
    }

    /** Stored documents, the newest first. */
    public Page<DocumentListing> documents(int limit, int offset) {
        return readers.withHandle(handle -> DocumentReader.find(handle, limit, offset));
    }

    /** A document with its text and the statements read from it, with their offsets. */
    public Optional<StoredDocument> document(long id) {
        return readers.withHandle(handle -> DocumentReader.find(handle, id));
    }

    /** The stored document whose normalised text hashes to {@code contentHash}. */
    public Optional<Long> documentWithHash(String contentHash) {
        return readers.withHandle(handle -> DocumentRepository.withHash(handle, contentHash));
    }

    /** The document a statement (one document's report of a fact) was read from. */
    public Optional<Long> documentOf(long statement) {
        return readers.withHandle(handle -> DocumentReader.documentOf(handle, statement));
    }

    /** The network around an entity, within the query's bounds; empty for no such entity. */
    public Optional<Graph> neighbourhood(GraphQuery query) {
        return readers.withHandle(handle -> networks.neighbourhood(handle, query));
    }

    /** The entities named by the most facts of the given kinds, and the ties between them. */
    public Graph mostConnected(Set<FactType> kinds, int limit) {
        return readers.withHandle(handle -> networks.mostConnected(handle, kinds, limit));
    }

    /** The reference place (places.tsv id) each of these entities is drawn at on a map; see {@link EntityPlaces}. */
    public Map<Long, String> referencePlaces(Collection<Long> entities) {
        return readers.withHandle(handle -> EntityPlaces.of(handle, entities));
    }

    /** A page of the facts of these types dated in these years, in year order, for calendars; see {@link DatedFacts}. */
    public List<CitedFact> datedFacts(Set<FactType> types, Optional<Long> entity, int firstYear, int lastYear,
            int limit, int offset) {
        return readers.withHandle(handle -> DatedFacts.between(handle, types, entity, firstYear, lastYear, limit,
                offset));
    }

    /** The shortest paths between two entities through facts of the given kinds; empty when either is unknown. */
    public Optional<Paths> paths(long from, long to, Set<FactType> kinds) {
        return readers.withHandle(handle -> GraphReader.exists(handle, from) && GraphReader.exists(handle, to)
                ? Optional.of(PathFinder.between(handle, from, to, kinds)) : Optional.empty());
    }

    /** Ties between places and organisations ranked by vitality as of the query's year, the liveliest first. */
    public RankedTies ties(TieQuery query) {
        return readers.withHandle(handle -> ties.of(handle, query));
    }

    /**
     * The knowledge facts that name two or more of the entities, through facts of the kinds whose
     * year lies in [from, to]: the facts behind a network's edges, oldest first.
     */
    public List<Long> factsTying(Collection<Long> entities, Set<FactType> kinds, Optional<Integer> from,
            Optional<Integer> to) {
        return readers.withHandle(handle -> TyingFacts.among(handle, entities, kinds, from, to));
    }

    /** The country each of the entities lies in, by id; those in none are left out. */
    public Map<Long, String> countries(Collection<Long> entities) {
        return readers.withHandle(handle -> Countries.of(handle, entities));
    }

    /**
     * Applies a person's operation and records it in the audit log, in one transaction.
     *
     * @throws CurationException when the operation does not apply (no such fact, an unknown field...)
     */
    public AuditEntry apply(Operation operation, String user) {
        synchronized (writer) {
            try {
                return writer.inTransaction(handle -> {
                    dialect.beginWrite(handle, cache);
                    return Curation.apply(handle, operation, user, clock.instant());
                });
            } finally {
                // Merges and splits move keys and mentions between entities.
                cache.clear();
            }
        }
    }

    /**
     * Takes back the decision the audit entry records, as an audit entry of its own.
     *
     * @throws CurationException when there is no such entry or something later depends on it
     */
    public AuditEntry undo(long auditEntry, String user) {
        synchronized (writer) {
            return writer.inTransaction(handle -> Undo.apply(handle, auditEntry, user, clock.instant()));
        }
    }

    /** Why each of these entries cannot be undone, by entry id; entries that can are left out. */
    public Map<Long, String> undoBlockers(List<AuditEntry> entries) {
        return readers.withHandle(handle -> {
            Map<Long, String> blockers = new LinkedHashMap<>();
            entries.forEach(entry -> Undo.blocker(handle, entry).ifPresent(reason -> blockers.put(entry.id(), reason)));
            return blockers;
        });
    }

    /** One audit entry, by its id. */
    public Optional<AuditEntry> auditLog(long entry) {
        return readers.withHandle(handle -> AuditLog.find(handle, entry));
    }

    /** Every change people made to one knowledge fact, oldest first. */
    public List<AuditEntry> factHistory(long knowledgeFact) {
        return readers.withHandle(handle -> AuditLog.ofTarget(handle, "fact:" + knowledgeFact));
    }

    /**
     * Applies several operations in one transaction, each with its own audit entry: all of them or,
     * when one does not apply, none.
     *
     * @throws CurationException naming the operation that does not apply
     */
    public List<AuditEntry> applyAll(List<Operation> operations, String user) {
        synchronized (writer) {
            try {
                return writer.inTransaction(handle -> operations.stream()
                        .map(operation -> Curation.apply(handle, operation, user, clock.instant())).toList());
            } finally {
                cache.clear();
            }
        }
    }

    /** The newest changes people made first. */
    public List<AuditEntry> auditLog(int limit) {
        return readers.withHandle(handle -> AuditLog.recent(handle, limit));
    }

    /** The changes the query asks for, newest first, with how many match in all. */
    public Page<AuditEntry> auditLog(AuditQuery query) {
        return readers.withHandle(handle -> AuditLog.find(handle, query));
    }

    /** The people who may use the web application, with their roles and API tokens. */
    /** The sectors and partner regions the entity is interested in, with their sources. */
    public InterestProfile interestProfile(long entity) {
        return readers.withHandle(handle -> InterestProfiles.of(handle, entity));
    }

    /** Places and organisations the entity has no tie with yet, best first, each with its reasons. */
    public List<PartnerSuggestion> partnerSuggestions(long entity, int limit) {
        return readers.withHandle(handle -> PartnerSuggestions.of(handle, entity, limit));
    }

    /** The ties editors proposed between the entity and others, oldest first. */
    public List<ProposedTie> proposedTies(long entity) {
        return readers.withHandle(handle -> ProposedTies.of(handle, entity));
    }

    /** Editors' changes to the entity's interests and the ties they proposed for it, oldest first. */
    public List<AuditEntry> partnerHistory(long entity) {
        return readers.withHandle(handle -> AuditLog.ofTarget(handle, "partners:" + entity));
    }

    /** The ties editors proposed among these entities, as pairs with the lower id first. */
    public List<long[]> proposedTiesAmong(Collection<Long> entities) {
        return readers.withHandle(handle -> ProposedTies.among(handle, entities));
    }

    public Accounts accounts() {
        return accounts;
    }

    /** What each account follows. */
    public Watchlists watchlists() {
        return watchlists;
    }

    /** What is new in a watchlist. */
    public WatchedItems watchedItems() {
        return new WatchedItems(jdbi);
    }

    /** Product lines, buyer profiles and the matches between them. */
    public ProductMarket productMarket() {
        return new ProductMarket(jdbi, clock);
    }

    /** The tokens in the addresses of accounts' feeds. */
    public FeedTokens feedTokens() {
        return feedTokens;
    }

    /**
     * Every entity and knowledge fact as sorted lines of text without ids: two stores that hold
     * the same graph give the same dump, whatever order their documents were ingested in.
     */
    public String dump() {
        return jdbi.withHandle(GraphDump::of);
    }

    /**
     * Copies everything this store holds into {@code target}, which must be empty: documents,
     * entities, facts, review decisions, accounts and the audit log, with their ids. One
     * transaction: a copy that fails leaves the target empty.
     *
     * @return the rows copied into each table
     */
    public Map<String, Long> copyTo(Database target) {
        synchronized (target.writer) {
            try {
                // In a transaction the source is one snapshot, and PostgreSQL's driver reads it in batches.
                return jdbi.inTransaction(source -> target.writer.inTransaction(handle -> {
                    target.dialect.beginWrite(handle, target.cache);
                    return StoreCopy.copy(source, handle, target.dialect);
                }));
            } finally {
                target.cache.clear();
            }
        }
    }

    /** The whole graph in id order, for projections rebuilt from the store (the search index); close it after use. */
    public GraphFeed feed() {
        return new GraphFeed(jdbi, dialect, ReusedStatements::new);
    }

    @Override
    public void close() {
        checkpoints.ifPresent(BackgroundCheckpoints::close);
        readers.close();
        synchronized (writer) {
            try {
                writerStatements.closeAll();
            } catch (SQLException e) {
                throw new CloseException("cannot close the writing connection's statements", e);
            } finally {
                writer.close();
            }
        }
    }
}
