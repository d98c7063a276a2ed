/**
 * A question in another language than English: the bot reads English only, and says so rather than naming the words
 * it lacks.
 */

/**
 * Common words of Spanish, Portuguese, French and German questions about pay and work that English never uses
 * ("de" is left out: it is the data engineer, too).
 */
const otherLanguage =
  /[¿¡]|\b(?:cuánto|cuanto|cuántos|gana|ganan|qué|cómo|ingeniero|ingeniera|datos|salario|sueldo|trabajo|quanto|ganha|engenheiro|dados|combien|gagne|quel|quelle|ingénieur|données|verdient|wie|viel|ein|eine|der|die|das|ist|und|oder|gehalt|ingenieur|daten)\b/giu;

/** Whether a question is in another language: two or more of those words ("¿cuánto gana un ingeniero de datos?"). */
export function inAnotherLanguage(question: string): boolean {
  return (question.match(otherLanguage) ?? []).length >= 2;
}
