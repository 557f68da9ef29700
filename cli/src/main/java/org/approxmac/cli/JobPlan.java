package org.approxmac.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.approxmac.spec.UnitSpec;

/**
 * {@code approxmac sweep --plan DIR} and {@code report --plan DIR}: a command's expensive work as
 * independent jobs for the job engines hardware teams already run (docs/sweeps.md). {@code jobs.txt}
 * holds one self-contained approxmac command per design, each publishing its result into the shared
 * content-addressed cache; {@code run-parallel.sh} runs them with GNU parallel (locally or on the hosts
 * of {@code --sshloginfile}), {@code slurm-array.sh} as a Slurm job array. The same command with
 * {@code --merge} then assembles its output from the cache. approxmac schedules nothing itself: the
 * engine does.
 */
final class JobPlan {
    static final String JOBS = "jobs.txt";
    static final String PARALLEL = "run-parallel.sh";
    static final String SLURM = "slurm-array.sh";
    private static final String MARK = "# approxmac job plan";

    private JobPlan() {
    }

    /** A sweep's job for one design: {@code approxmac synth 'SPEC'} with the sweep's cost-flow options, one core. */
    static String synthJob(UnitSpec design, List<String> costArgs) {
        List<String> words = new ArrayList<>(List.of("approxmac", "synth", quote(design.canonical())));
        costArgs.forEach(a -> words.add(quote(a)));
        words.addAll(List.of("--jobs", "1"));
        return String.join(" ", words);
    }

    /**
     * {@code approxmac COMMAND ARGS} with the arguments of this command line, {@code --plan DIR} left out,
     * and {@code extra} appended: a plan's merge command, or a report's job.
     */
    static String commandLike(String command, List<String> originalArgs, String... extra) {
        List<String> words = new ArrayList<>(List.of("approxmac", command));
        // the original arguments begin with the subcommand's name (and any options before it)
        for (int i = originalArgs.indexOf(command) + 1; i < originalArgs.size(); i++) {
            String a = originalArgs.get(i);
            if (a.equals("--plan")) {
                i++;
            } else if (!a.startsWith("--plan=")) {
                words.add(quote(a));
            }
        }
        for (String e : extra) {
            words.add(quote(e));
        }
        return String.join(" ", words);
    }

    /** A word for sh: as is when it is plain, else in single quotes. */
    static String quote(String word) {
        if (word.matches("[A-Za-z0-9_./:=,+-]+")) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /**
     * Writes the plan into {@code dir} (all files or none; an existing file is replaced only if it is an
     * earlier plan's); returns the paths written.
     *
     * @param dirAsGiven the folder as the user named it, which the Slurm script finds from its submit folder
     * @param merge      the command that merges the plan's results, shown in the scripts
     */
    static List<Path> write(Path dir, String dirAsGiven, List<String> jobLines, String merge) {
        StringBuilder jobs = new StringBuilder();
        jobLines.forEach(j -> jobs.append(j).append('\n'));
        String parallel = "#!/bin/sh\n"
                + MARK + ": runs the " + jobLines.size() + " jobs of " + JOBS + " with GNU parallel.\n"
                + "# Run it from the folder the plan was made in (the jobs' cache and liberty paths are relative to it).\n"
                + "#   sh " + dirAsGiven + "/" + PARALLEL + "                     one job per core of this machine\n"
                + "#   sh " + dirAsGiven + "/" + PARALLEL + " --jobs 2            two at a time\n"
                + "#   sh " + dirAsGiven + "/" + PARALLEL + " --sshloginfile hosts.txt --workdir \"$PWD\"\n"
                + "#                          on other hosts: approxmac on their PATH, this folder and the cache\n"
                + "#                          on a shared file system (docs/sweeps.md)\n"
                + "# A job killed half-way leaves nothing in the cache; run this again to finish what is missing:\n"
                + "# finished jobs are found in the cache and cost nothing. Then merge:\n"
                + "#   " + merge + "\n"
                + "plan=$(dirname \"$0\")\n"
                + "exec parallel --joblog \"$plan/joblog.txt\" \"$@\" < \"$plan/" + JOBS + "\"\n";
        String slurm = "#!/bin/sh\n"
                + "#SBATCH --job-name=approxmac-sweep\n"
                + "#SBATCH --array=1-" + jobLines.size() + "\n"
                + "#SBATCH --cpus-per-task=1\n"
                + MARK + ": one Slurm array task per line of " + JOBS + ".\n"
                + "# Submit from the folder the plan was made in:  sbatch " + dirAsGiven + "/" + SLURM + "\n"
                + "# The cache must be on a file system every node shares, and every node must have the same tools\n"
                + "# (docs/sweeps.md). Re-submit to finish what is missing, then merge:\n"
                + "#   " + merge + "\n"
                + "job=$(sed -n \"${SLURM_ARRAY_TASK_ID}p\" \"${SLURM_SUBMIT_DIR:-.}/" + dirAsGiven + "/" + JOBS + "\")\n"
                + "exec sh -c \"$job\"\n";
        GeneratedFiles files = new GeneratedFiles();
        files.add(dir.resolve(JOBS), jobs.toString(), JobPlan::isJobList);
        files.add(dir.resolve(PARALLEL), parallel, text -> text.contains(MARK));
        files.add(dir.resolve(SLURM), slurm, text -> text.contains(MARK));
        return files.write();
    }

    /** Whether a file is an earlier plan's job list: every line an approxmac command. */
    private static boolean isJobList(String text) {
        return text.lines().allMatch(line -> line.startsWith("approxmac "));
    }
}
