package dev.moodleaws.bench;

import dev.moodleaws.core.bundle.BundleFile;
import dev.moodleaws.core.descriptor.DescriptorException;
import dev.moodleaws.core.descriptor.DescriptorReader;
import dev.moodleaws.core.descriptor.PropertySource;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.render.RenderResult;
import dev.moodleaws.render.Renderer;
import dev.moodleaws.render.TemplateEngine;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A hosting provider's batch: reads, validates and renders many distinct tenant descriptors in one
 * JVM with one shared engine, on a given number of threads, in memory. Prints the total time
 * (from JVM start, and of the batch alone), the throughput, GC work and the peak heap.
 *
 * <p>Usage: {@code BulkTenants [tenants=1000] [threads=2] [batches=2]}. Run it in a fresh JVM with the
 * heap limit to check, e.g. {@code java -Xmx512m -cp benchmarks.jar dev.moodleaws.bench.BulkTenants 1000 2 2}.
 * The first batch is cold (class loading, template parsing, JIT); later batches are warm.
 */
public final class BulkTenants {

    private BulkTenants() {
    }

    public static void main(String[] args) throws Exception {
        int tenants = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int batches = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        String template = Fixtures.yaml(Fixtures.TENANT);
        List<Map<String, String>> properties = Tenants.first(tenants);
        resetPeaks();
        long jvmStartMs = ManagementFactory.getRuntimeMXBean().getStartTime();
        for (int batch = 1; batch <= batches; batch++) {
            long gcCountBefore = gcCount();
            long gcMsBefore = gcMillis();
            long cpuBefore = processCpuNanos();
            long start = System.nanoTime();
            Outcome outcome = run(template, properties, threads);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
            String sinceJvmStart = batch == 1
                    ? String.format(" (%.2f s since JVM start)", (System.currentTimeMillis() - jvmStartMs) / 1e3) : "";
            System.out.printf("bulk threads=%d tenants=%d batch=%d%s: %.2f s%s, %.0f sites/s, %.2f ms/site,"
                            + " CPU %.1f s (%.2f ms/site, JIT and GC threads included), %d files, %.1f MB rendered,"
                            + " %d GCs (%.2f s), peak heap %.0f MB of %.0f MB max%n",
                    threads, tenants, batch, batch == 1 ? " (cold)" : " (warm)", seconds, sinceJvmStart,
                    tenants / seconds, seconds * 1000 / tenants, cpuSeconds, cpuSeconds * 1000 / tenants,
                    outcome.files(), outcome.bytes() / 1e6,
                    gcCount() - gcCountBefore, (gcMillis() - gcMsBefore) / 1e3, peakHeapBytes() / 1e6,
                    Runtime.getRuntime().maxMemory() / 1e6);
        }
    }

    private record Outcome(long files, long bytes) {
    }

    /** Each tenant: its own reader (its properties), the shared renderer; checks every site is distinct. */
    private static Outcome run(String template, List<Map<String, String>> properties, int threads) throws Exception {
        Renderer renderer = new Renderer(TemplateEngine.builtIn());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<long[]>> results = new ArrayList<>(properties.size());
            Set<String> names = new HashSet<>();
            for (int i = 0; i < properties.size(); i++) {
                Map<String, String> p = properties.get(i);
                String fileName = "tenant-" + i + ".yaml";
                names.add(p.get("tenant.name"));
                results.add(pool.submit(() -> renderOne(renderer, fileName, template, p)));
            }
            long files = 0;
            long bytes = 0;
            for (Future<long[]> f : results) {
                long[] r = f.get();
                files += r[0];
                bytes += r[1];
            }
            if (names.size() != properties.size()) {
                throw new IllegalStateException("tenant names are not distinct");
            }
            return new Outcome(files, bytes);
        } finally {
            pool.shutdown();
        }
    }

    private static long[] renderOne(Renderer renderer, String fileName, String template, Map<String, String> p)
            throws DescriptorException {
        Deployment deployment = new DescriptorReader(PropertySource.of(p)).read(fileName, template);
        if (!deployment.name().equals(p.get("tenant.name"))) {
            throw new IllegalStateException(fileName + " was read as " + deployment.name());
        }
        RenderResult result = renderer.render(deployment);
        if (result.artifactReport().hasErrors()) {
            throw new IllegalStateException(fileName + " rendered with errors: " + result.artifactReport().findings());
        }
        long bytes = 0;
        for (BundleFile file : result.bundle().files()) {
            bytes += file.content().length();
        }
        return new long[] {result.bundle().files().size(), bytes};
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /**
     * The sum of the heap pools' peaks. Pools peak at different moments, so this bounds the real
     * peak from above.
     */
    static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** CPU time of the whole process: every thread, the JIT compilers and the GC included. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }
}
