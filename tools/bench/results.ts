/** The shapes of the bench's figures, shared by the child processes, the report and the chart. */
import type { LatencySummary } from './measure.js';
import type { SystemName } from './systems.js';

/** What one child process measures: one system on one corpus. */
export interface RunResult {
  system: SystemName;
  /** Milliseconds to import the system's code (wink-nlp's model for the core). */
  loadMs: number;
  /** Milliseconds to build the index over the corpus. */
  buildMs: number;
  /** Milliseconds for the very first question after the build (cold code paths). */
  firstAskMs: number;
  /** Per-question latency over every timed repetition. */
  latency: LatencySummary;
  /** Passes over the question list that were timed. */
  reps: number;
  /** Peak resident set size of the child, bytes (includes Node itself and the corpus text). */
  peakRss: number;
  /** The slowest questions by their median latency, slowest first. */
  slowest: { question: string; medianMs: number }[];
}

/** All figures for one corpus. */
export interface CorpusResult {
  /** "seed" or the synthetic article count. */
  spec: 'seed' | number;
  label: string;
  articles: number;
  words: number;
  /** Sentences as the peers split them (the core's count is close). */
  sentences: number;
  questions: number;
  runs: Partial<Record<SystemName, RunResult>>;
  /** Median milliseconds from spawning the process to its first answer line. */
  startup: Partial<Record<SystemName, number>>;
  startupRuns: number;
}

/** One whole bench run. */
export interface BenchResults {
  date: string;
  node: string;
  cpu: string;
  cores: number;
  /** The 1-minute load average when the run began: above ~0.5 others shared the CPU. */
  loadAverage: number;
  commit: string;
  corpora: CorpusResult[];
}
