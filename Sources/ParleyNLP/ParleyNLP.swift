/// Trained linguistic models: POS tagger and lemmatizer, dependency parser, named entities.
public enum ParleyNLP {}
