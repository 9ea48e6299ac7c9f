package nashra.translate.memory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import nashra.translate.Translation;
import nashra.translate.TranslationFlag;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Translations kept in a JDBC database (the job's own: H2 by default, PostgreSQL when configured),
 * keyed by the generation setup and the normalised Arabic sentence, with everything the digest
 * shows of a translation: the English, its flags and their details, the model's confidence, the
 * generated tokens.
 *
 * <p>A setup is described in words by the caller (model, files, revision, generation and check
 * settings; see {@link #setup}) and stored under the SHA-256 of that description, so a memory
 * never serves a translation made by another model or with other settings: a different setup is a
 * different key, and its rows are never read. A sentence is stored under the SHA-256 of its
 * normalised text, with the text itself, which is compared on every hit.
 *
 * <p>Each call uses its own connection in auto-commit mode, outside the job's chunk transaction:
 * a translation is worth keeping even when its chunk rolls back, since the restart asks for it
 * again. A sentence stored at the same time by another worker is not an error: the first one wins.
 * Database failures are thrown as {@link MemoryException}, a failure of the machine, which stops
 * the run like a full disk does.
 */
public final class TranslationMemory {

    /** Rows looked up per statement: well under the bind-parameter limits of H2 and PostgreSQL. */
    private static final int LOOKUP_BATCH = 200;
    private static final String UNIQUE_VIOLATION = "23505";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DataSource dataSource;

    private TranslationMemory(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The memory in this database; its tables are created when missing. */
    public static TranslationMemory open(DataSource dataSource) {
        TranslationMemory memory = new TranslationMemory(dataSource);
        memory.createTables();
        return memory;
    }

    /** A failure of the database behind the memory. */
    public static final class MemoryException extends RuntimeException {
        MemoryException(String message, SQLException cause) {
            super(message + ": " + cause.getMessage(), cause);
        }
    }

    /** One generation setup: its id (the key in the tables) and its description. */
    public record Setup(String id, String description) {
    }

    /** Rows kept for one setup. */
    public record SetupStats(String id, String description, long sentences, Instant created) {
    }

    private void createTables() {
        String script;
        try (InputStream in = TranslationMemory.class.getResourceAsStream("schema.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the translation memory's schema.sql is missing from the jar", e);
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String statement : statements(script)) {
                try {
                    s.execute(statement);
                } catch (SQLException e) {
                    // Two workers creating the same table at once: PostgreSQL may report the loser's
                    // CREATE ... IF NOT EXISTS as a duplicate; the table is there, which is what counts.
                    if (!UNIQUE_VIOLATION.equals(e.getSQLState()) && !"42P07".equals(e.getSQLState())) {
                        throw e;
                    }
                }
            }
        } catch (SQLException e) {
            throw new MemoryException("cannot create the translation memory's tables", e);
        }
    }

    private static List<String> statements(String script) {
        StringBuilder clean = new StringBuilder();
        for (String line : script.split("\n")) {
            if (!line.strip().startsWith("--")) {
                clean.append(line).append('\n');
            }
        }
        return List.of(clean.toString().split(";")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Records a setup (once) and returns its key. */
    public Setup setup(String description) {
        Setup setup = new Setup(sha256(description), description);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (PreparedStatement exists = c.prepareStatement(
                    "SELECT 1 FROM NASHRA_TM_SETTINGS WHERE SETTINGS_ID = ?")) {
                exists.setString(1, setup.id());
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next()) {
                        return setup;
                    }
                }
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO NASHRA_TM_SETTINGS (SETTINGS_ID, DESCRIPTION, CREATED) VALUES (?, ?, ?)")) {
                insert.setString(1, setup.id());
                insert.setString(2, description);
                insert.setTimestamp(3, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
            }
            return setup;
        } catch (SQLException e) {
            throw new MemoryException("cannot record the translation setup in the translation memory", e);
        }
    }

    /**
     * The remembered translations of these normalised sentences under the setup, by sentence;
     * sentences never translated under it are absent. Each translation's source is the sentence.
     */
    public Map<String, Translation> find(Setup setup, Collection<String> sentences) {
        Map<String, String> byHash = new LinkedHashMap<>();
        for (String s : sentences) {
            byHash.put(sha256(s), s);
        }
        List<String> hashes = new ArrayList<>(byHash.keySet());
        Map<String, Translation> found = new HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            for (int from = 0; from < hashes.size(); from += LOOKUP_BATCH) {
                List<String> part = hashes.subList(from, Math.min(hashes.size(), from + LOOKUP_BATCH));
                String sql = "SELECT SOURCE_HASH, SOURCE, ENGLISH, FLAGS, DETAILS, CONFIDENCE, TOKENS"
                        + " FROM NASHRA_TRANSLATION_MEMORY WHERE SETTINGS_ID = ? AND SOURCE_HASH IN ("
                        + String.join(",", java.util.Collections.nCopies(part.size(), "?")) + ")";
                try (PreparedStatement select = c.prepareStatement(sql)) {
                    select.setString(1, setup.id());
                    for (int i = 0; i < part.size(); i++) {
                        select.setString(i + 2, part.get(i));
                    }
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            String sentence = byHash.get(rs.getString(1));
                            // The text is compared too: a hash collision must never serve a wrong translation.
                            if (sentence != null && sentence.equals(rs.getString(2))) {
                                double confidence = rs.getDouble(6);
                                if (rs.wasNull()) {
                                    confidence = Double.NaN; // a sentence no model scored
                                }
                                found.put(sentence, new Translation(sentence, rs.getString(3), tokens(rs.getString(7)),
                                        flags(rs.getString(4)), confidence, details(rs.getString(5))));
                            }
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new MemoryException("cannot read the translation memory", e);
        }
        return found;
    }

    /** Keeps these translations (by normalised sentence) under the setup; a sentence already kept stays as it is. */
    public void remember(Setup setup, Map<String, Translation> translations) {
        if (translations.isEmpty()) {
            return;
        }
        String sql = "INSERT INTO NASHRA_TRANSLATION_MEMORY (SETTINGS_ID, SOURCE_HASH, SOURCE, ENGLISH, FLAGS, DETAILS,"
                + " CONFIDENCE, TOKENS, CREATED) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement(sql)) {
                for (Map.Entry<String, Translation> e : translations.entrySet()) {
                    bind(insert, setup, e.getKey(), e.getValue(), now);
                    insert.addBatch();
                }
                insert.executeBatch();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                if (!isUniqueViolation(e)) {
                    throw e;
                }
                // Another worker kept some of them meanwhile: keep the others one by one.
                c.setAutoCommit(true);
                try (PreparedStatement insert = c.prepareStatement(sql)) {
                    for (Map.Entry<String, Translation> entry : translations.entrySet()) {
                        bind(insert, setup, entry.getKey(), entry.getValue(), now);
                        try {
                            insert.executeUpdate();
                        } catch (SQLException one) {
                            if (!isUniqueViolation(one)) {
                                throw one;
                            }
                        }
                    }
                }
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new MemoryException("cannot write to the translation memory", e);
        }
    }

    private static boolean isUniqueViolation(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            if (UNIQUE_VIOLATION.equals(s.getSQLState())) {
                return true;
            }
        }
        return e.getCause() instanceof SQLException cause && UNIQUE_VIOLATION.equals(cause.getSQLState());
    }

    private static void bind(PreparedStatement insert, Setup setup, String sentence, Translation t, Timestamp now)
            throws SQLException {
        insert.setString(1, setup.id());
        insert.setString(2, sha256(sentence));
        insert.setString(3, sentence);
        insert.setString(4, t.text());
        insert.setString(5, String.join(",", t.sortedFlags().stream().map(Enum::name).toList()));
        Map<String, String> details = new LinkedHashMap<>();
        t.details().forEach((flag, text) -> details.put(flag.name(), text));
        insert.setString(6, JSON.writeValueAsString(details));
        if (Double.isNaN(t.confidence())) {
            insert.setNull(7, Types.DOUBLE);
        } else {
            insert.setDouble(7, t.confidence());
        }
        insert.setString(8, tokens(t.tokens()));
        insert.setTimestamp(9, now);
    }

    /** Sentences kept, per setup, the setup's description beside it. */
    public List<SetupStats> stats() {
        String sql = "SELECT s.SETTINGS_ID, s.DESCRIPTION, s.CREATED, COUNT(m.SOURCE_HASH) FROM NASHRA_TM_SETTINGS s"
                + " LEFT JOIN NASHRA_TRANSLATION_MEMORY m ON m.SETTINGS_ID = s.SETTINGS_ID"
                + " GROUP BY s.SETTINGS_ID, s.DESCRIPTION, s.CREATED ORDER BY s.CREATED";
        List<SetupStats> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(new SetupStats(rs.getString(1), rs.getString(2), rs.getLong(4),
                        rs.getTimestamp(3).toInstant()));
            }
        } catch (SQLException e) {
            throw new MemoryException("cannot read the translation memory", e);
        }
        return out;
    }

    /** Forgets every translation and setup; returns how many translations there were. */
    public long clear() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            long removed = s.executeUpdate("DELETE FROM NASHRA_TRANSLATION_MEMORY");
            s.executeUpdate("DELETE FROM NASHRA_TM_SETTINGS");
            return removed;
        } catch (SQLException e) {
            throw new MemoryException("cannot clear the translation memory", e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<TranslationFlag> flags(String text) {
        Set<TranslationFlag> flags = EnumSet.noneOf(TranslationFlag.class);
        for (String name : text.split(",")) {
            if (!name.isBlank()) {
                flags.add(TranslationFlag.valueOf(name.strip()));
            }
        }
        return flags;
    }

    private static Map<TranslationFlag, String> details(String json) {
        Map<String, String> raw = JSON.readValue(json, new TypeReference<Map<String, String>>() { });
        Map<TranslationFlag, String> details = new EnumMap<>(TranslationFlag.class);
        raw.forEach((flag, text) -> details.put(TranslationFlag.valueOf(flag), text));
        return details;
    }

    /** Parts separated by {@code |}, token ids by spaces. */
    private static String tokens(List<int[]> parts) {
        StringBuilder out = new StringBuilder();
        for (int p = 0; p < parts.size(); p++) {
            if (p > 0) {
                out.append('|');
            }
            int[] ids = parts.get(p);
            for (int i = 0; i < ids.length; i++) {
                if (i > 0) {
                    out.append(' ');
                }
                out.append(ids[i]);
            }
        }
        return out.toString();
    }

    private static List<int[]> tokens(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        List<int[]> parts = new ArrayList<>();
        for (String part : text.split("\\|", -1)) {
            String[] ids = part.isEmpty() ? new String[0] : part.split(" ");
            int[] values = new int[ids.length];
            for (int i = 0; i < ids.length; i++) {
                values[i] = Integer.parseInt(ids[i]);
            }
            parts.add(values);
        }
        return parts;
    }
}
