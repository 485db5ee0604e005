/// Event coding: actor and verb dictionaries, CAMEO and PLOVER tables, the coder.
public enum ParleyCoding {}
