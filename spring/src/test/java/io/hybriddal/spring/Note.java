package io.hybriddal.spring;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;

/** A hybrid of these tests, registered by a customizer (the hybrid index of the class path is hybrid-dal-hybrids'). */
@Hybrid
public abstract class Note extends DataObject {

    @Property
    public abstract String getText();

    public abstract void setText(String text);
}
