/**
 * The yardstick peer's text analysis: wink-nlp with wink-eng-lite-web-model, loaded the stock way
 * (`winkNLP(model)`, as an application using wink-nlp would), reading part of speech so that its
 * terms are lemmas. Stop words, punctuation and numbers-as-symbols are left out.
 */
import winkNLP, { type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** Loads the model (the start-up cost this peer shares with the core) and returns the term function. */
export function winkTerms(): (text: string) => string[] {
  const nlp = winkNLP(model, ['pos']);
  const its = nlp.its;
  return (text) => {
    const tokens = nlp.readDoc(text).tokens();
    const types = tokens.out(its.type) as string[];
    const stop = tokens.out(its.stopWordFlag) as unknown as boolean[];
    const lemmas = tokens.out(its.lemma as ItsFunction<string>) as string[];
    return lemmas.filter((_, k) => types[k] === 'word' && !stop[k]).map((l) => l.toLowerCase());
  };
}
