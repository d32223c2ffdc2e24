// wink-lemmatizer ships no type declarations: the three functions the syntax stage uses.
declare module 'wink-lemmatizer' {
  const lemmatizer: {
    lemmatizeNoun(word: string): string;
    lemmatizeVerb(word: string): string;
    lemmatizeAdjective(word: string): string;
  };
  export default lemmatizer;
}
