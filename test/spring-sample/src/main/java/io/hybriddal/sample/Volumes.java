package io.hybriddal.sample;

import io.hybriddal.dal.Dal;
import io.hybriddal.dal.Filter;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Application code: the auto-configured Dal, injected. */
@Service
public class Volumes {

    private final Dal dal;

    public Volumes(Dal dal) {
        this.dal = dal;
    }

    public Volume create(String name, long sizeBytes) {
        Volume volume = dal.create(Volume.class);
        volume.setName(name);
        volume.setSizeBytes(sizeBytes);
        volume.save();
        return volume;
    }

    public Optional<Volume> byName(String name) {
        return dal.query(Volume.class).where(Filter.eq("name", name)).first();
    }
}
