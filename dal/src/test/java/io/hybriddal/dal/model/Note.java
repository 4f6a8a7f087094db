package io.hybriddal.dal.model;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;
import java.util.List;
import java.util.Map;

/** A hybrid for stored-value limits: a unique title, a map with user keys, a list of strings. */
@Hybrid
public abstract class Note extends DataObject {

    @Property(unique = true)
    public abstract String getTitle();

    public abstract void setTitle(String title);

    @Property(mandatory = false)
    public abstract Map<String, String> getLabels();

    public abstract void setLabels(Map<String, String> labels);

    @Property(mandatory = false)
    public abstract List<String> getWords();

    public abstract void setWords(List<String> words);
}
