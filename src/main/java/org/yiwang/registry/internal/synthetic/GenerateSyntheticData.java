package org.yiwang.registry.internal.synthetic;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.yiwang.YiwangApplication;

/**
 * Writes a synthetic register file from the command line, without demo data:
 * <pre>
 * ./mvnw -q exec:java -Dexec.mainClass=org.yiwang.registry.internal.synthetic.GenerateSyntheticData \
 *     -Dexec.args="people 1000000 target/people.csv --seed 42"
 * </pre>
 * Kinds: {@code people N file}, {@code entities M file --people N} (representatives among the N people of the same
 * seed), {@code parcels K file --people N --entities M} (held by those people and entities, named by ID number or
 * credit code), {@code indicators YEARS file}. Options: {@code --seed} (42), {@code --province} (330000),
 * {@code --encoding} (UTF-8 or GB18030), {@code --source} (the department code indicator values come from, ZJ-TJ).
 * It starts the platform like the application does, so it reads the real counties of the province from the
 * organization directory. The platform's security configuration needs a servlet context, so the web server starts
 * too, on a free port that nothing is told about, and stops with the run.
 */
public final class GenerateSyntheticData {

    private GenerateSyntheticData() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = new HashMap<>(Map.of("--seed", "42", "--province", "330000",
                "--encoding", "UTF-8", "--people", "10000", "--entities", "1000", "--source", "ZJ-TJ"));
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--") && i + 1 < args.length) {
                options.put(args[i], args[++i]);
            } else {
                positional.add(args[i]);
            }
        }
        List<String> kinds = List.of("people", "entities", "parcels", "indicators");
        if (positional.size() != 3 || !kinds.contains(positional.get(0))) {
            System.err.println("usage: people|entities|parcels|indicators <count> <file> [--seed 42]"
                    + " [--province 330000] [--encoding UTF-8|GB18030] [--people N] [--entities M] [--source ZJ-TJ]");
            System.exit(2);
            return;
        }
        long count = Long.parseLong(positional.get(1));
        Path file = Path.of(positional.get(2));
        long seed = Long.parseLong(options.get("--seed"));
        Charset charset = Charset.forName(options.get("--encoding"));
        String province = options.get("--province");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(YiwangApplication.class)
                .properties("yiwang.demo.enabled=false", "spring.main.banner-mode=off", "server.port=0")
                .run();
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            SyntheticData data = context.getBean(SyntheticData.class);
            long written = switch (positional.get(0)) {
                case "people" -> data.writePeople(out, charset, province, count, seed);
                case "entities" -> data.writeEntities(out, charset, province, count,
                        Long.parseLong(options.get("--people")), seed);
                case "parcels" -> data.writeParcels(out, charset, province, count,
                        Long.parseLong(options.get("--people")), Long.parseLong(options.get("--entities")), seed);
                default -> data.writeIndicators(out, charset, province, (int) count, options.get("--source"), seed);
            };
            System.out.println(written + " rows written to " + file);
        }
    }
}
