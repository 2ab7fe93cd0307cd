package org.tsunagu.cli;

import org.tsunagu.cli.bench.BenchCommand;
import org.tsunagu.cli.db.DbCommand;
import org.tsunagu.cli.demo.DemoCommand;
import org.tsunagu.cli.eval.EvalCommand;
import org.tsunagu.cli.export.ExportCommand;
import org.tsunagu.cli.extract.ExtractCommand;
import org.tsunagu.cli.ingest.IngestCommand;
import org.tsunagu.cli.kb.EntitiesCommand;
import org.tsunagu.cli.kb.FactsCommand;
import org.tsunagu.cli.kb.ReviewCommand;
import org.tsunagu.cli.load.LoadCommand;
import org.tsunagu.cli.search.ReindexCommand;
import org.tsunagu.cli.search.SearchCommand;
import org.tsunagu.cli.serve.ServeCommand;
import org.tsunagu.cli.users.UsersCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "tsunagu",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Tsunagu turns news articles about cross-border economic cooperation into an",
            "evidence-linked knowledge graph: agreements, relationships, roles, events,",
            "investment figures and product lines, each tied to the sentence it came from."},
        subcommands = {DemoCommand.class, IngestCommand.class, ExtractCommand.class, EvalCommand.class, ServeCommand.class, BenchCommand.class,
            EntitiesCommand.class, FactsCommand.class, ReviewCommand.class, SearchCommand.class, ReindexCommand.class,
            UsersCommand.class, ExportCommand.class, LoadCommand.class, DbCommand.class},
        footer = {"",
            "Exit codes: 0 success, 1 some inputs failed (the others were processed), 2 usage error.",
            "Run 'tsunagu COMMAND --help' for a command's options.",
            "Apache Spark runs through the tsunagu script, not this program: 'tsunagu spark",
            "extract --master local[2] --out DIR PATH...' (see README, Apache Spark)."})
final class TsunaguCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), HelpLayout.wrappedMessage("name a command: " + Subcommands.of(spec)));
    }
}
