/**
 * A question in another language than English: the bot reads English only, and says so rather than naming the words
 * it lacks.
 */

/**
 * Common words of Spanish, Portuguese, French, German and Italian questions about pay, work and choosing that English never uses
 * ("de" is left out: it is the data engineer, too).
 */
const otherLanguage =
  /[¿¡]|\b(?:cuánto|cuanto|cuántos|gana|ganan|qué|cómo|ingeniero|ingeniera|datos|salario|sueldo|trabajo|quanto|ganha|engenheiro|dados|combien|gagne|quel|quelle|ingénieur|données|verdient|wie|viel|ein|eine|der|die|das|ist|und|oder|gehalt|ingenieur|daten|paga|pagan|más|mejor|rol|cuál|debería|aprender|je|suis|devenir|salaire|mieux|qual|melhor|salário|welche|besser|lernen|tiempo|tempo|pasar|toma|tarda|demora|para|pra|uma|una|puedo|posso|como|tengo|tenho|años|anos|carrera|carreira|diferencia|diferença|entre|soy|sou|estoy|estou|quiero|quero|necesito|preciso|stipendio|guadagna|quanti|cual|es|mas|remoto|remota|facil|fácil|dificil|difícil|mais|empezar|começar|trabajar|trabalhar)\b/giu;

/** A letter of a script other than the Latin one (Chinese, Japanese, Korean, Cyrillic, Arabic, Devanagari, …). */
const otherScriptLetter = /(?![\p{Script=Latin}])\p{L}/gu;

/**
 * Whether a question is in another language: two or more of those words, at least one in four of its words ("¿cuánto
 * gana un ingeniero de datos?"), or
 * mostly letters of another script ("数据工程师和机器学习工程师哪个好"), whatever Latin words it carries ("ML").
 */
export function inAnotherLanguage(question: string): boolean {
  // (A few such words in an English message, "…sql and power bi. qual é melhor for me de or mle?", leave it English:
  // the words are read as far as they can be, and what is asked in English is answered.)
  const foreign = (question.match(otherLanguage) ?? []).length;
  if (foreign >= 2 && foreign >= (question.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) * 0.25) return true;
  const others = question.match(otherScriptLetter)?.length ?? 0;
  return others >= 2 && others >= (question.match(/\p{L}/gu)?.length ?? 0) / 2;
}

/**
 * Whether a word is one of those common words of another language ("ganha", "ingeniero"): a decline naming one lacks the
 * language, one naming only English words ("brazil" in "quanto ganha a de in brazil") lacks the thing.
 */
export function isOtherLanguageWord(word: string): boolean {
  return word.split(/\s+/).some((w) => otherLanguageWord.test(w));
}

/** One of `otherLanguage`'s words, whole. */
const otherLanguageWord = new RegExp(`^(?:${otherLanguage.source})$`, 'iu');
