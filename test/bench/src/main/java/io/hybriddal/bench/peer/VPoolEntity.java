package io.hybriddal.bench.peer;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

/** The peer's pool (as in peer-bench.md): unique name, lazy reverse collection, both in L2 (READ_WRITE). */
@Entity
@Table(name = "vpool")
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE, region = "vpool")
public class VPoolEntity {

    @Id
    private Long id;

    @Column(nullable = false, unique = true)
    private String name;

    @OneToMany(mappedBy = "vpool", fetch = FetchType.LAZY)
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE, region = "vpool_vdisks")
    private List<VDiskEntity> vdisks = new ArrayList<>();

    protected VPoolEntity() {
    }

    public VPoolEntity(long id, String name) {
        this.id = id;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public List<VDiskEntity> getVdisks() {
        return vdisks;
    }
}
