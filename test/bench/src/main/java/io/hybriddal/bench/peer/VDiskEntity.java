package io.hybriddal.bench.peer;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

/**
 * The peer's vDisk (as in peer-bench.md): unique name, indexed size and volumeId, lazy to-one
 * pool; in L2 (READ_WRITE). Ids are assigned by the application. {@code @Version} makes the update
 * conditional, as hybrid-dal's save is (a concurrent change is detected, not overwritten).
 */
@Entity
@Table(name = "vdisk", indexes = {@Index(name = "vdisk_size", columnList = "size"),
        @Index(name = "vdisk_volume", columnList = "volumeId")})
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE, region = "vdisk")
public class VDiskEntity {

    @Id
    private Long id;

    @Column(nullable = false, unique = true)
    private String name;

    private long size;

    @Column(nullable = false)
    private String volumeId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "vpool_id")
    private VPoolEntity vpool;

    @Version
    private long version;

    protected VDiskEntity() {
    }

    public VDiskEntity(long id, String name, long size, String volumeId, VPoolEntity vpool) {
        this.id = id;
        this.name = name;
        this.size = size;
        this.volumeId = volumeId;
        this.vpool = vpool;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public long getSize() {
        return size;
    }

    public void setSize(long size) {
        this.size = size;
    }

    public String getVolumeId() {
        return volumeId;
    }

    public VPoolEntity getVpool() {
        return vpool;
    }
}
