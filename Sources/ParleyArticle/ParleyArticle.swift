/// Article understanding: quotes and speakers, entity linking, time expressions, places.
public enum ParleyArticle {}
