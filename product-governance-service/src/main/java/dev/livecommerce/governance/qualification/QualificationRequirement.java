package dev.livecommerce.governance.qualification;

import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import dev.livecommerce.governance.listing.Category;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A row of the requirements data (seeded by V7__qualifications.sql, changeable without a release). */
@Entity
@Table(name = "qualification_requirement")
public class QualificationRequirement extends PanacheEntityBase {

    @Id
    public String id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Category category;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "acceptable_type_sets", nullable = false)
    public List<Set<QualificationType>> acceptableTypeSets;

    @Column(nullable = false)
    public String description;

    @Column(name = "legal_basis", nullable = false)
    public String legalBasis;

    public Requirement toRequirement() {
        return new Requirement(id, category, acceptableTypeSets, description, legalBasis);
    }
}
