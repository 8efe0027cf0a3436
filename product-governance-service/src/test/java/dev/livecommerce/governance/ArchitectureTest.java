package dev.livecommerce.governance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "dev.livecommerce.governance", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Review rules are plain Java, reachable by unit tests without a container. */
    @ArchTest
    static final ArchRule reviewRulesUseNoFramework = noClasses()
            .that().haveSimpleNameEndingWith("Check").or().haveSimpleNameEndingWith("Reviewer")
            .or().haveSimpleNameEndingWith("Decision")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "io.quarkus..", "io.smallrye..",
                    "org.apache.kafka..", "org.hibernate..");

    /** The scoring model and the values it computes are plain Java, unit tested without a container. */
    @ArchTest
    static final ArchRule scoringModelUsesNoFramework = noClasses()
            .that().haveNameMatching(
                    "dev\\.livecommerce\\.governance\\.score\\.(ScoringModel|ScoreWeights|MerchantPenalties|MerchantScores"
                            + "|Contribution|SubScore)")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "io.quarkus..", "io.smallrye..",
                    "org.apache.kafka..", "org.hibernate..");

    /** The penalty ladder and the appeal rules are plain Java too. */
    @ArchTest
    static final ArchRule ladderAndAppealRulesUseNoFramework = noClasses()
            .that().haveSimpleNameEndingWith("Ladder").or().haveSimpleNameEndingWith("Policy")
            .or().haveSimpleNameStartingWith("Ladder").or().haveSimpleNameEndingWith("RulePoints")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "io.quarkus..", "io.smallrye..",
                    "org.apache.kafka..", "org.hibernate..");

    /** Services share code only through the kit and the contracts, never each other's classes. */
    @ArchTest
    static final ArchRule noOtherServiceCode = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("dev.livecommerce.gateway..",
                    "dev.livecommerce.moderation..", "dev.livecommerce.aftersales..", "dev.livecommerce.subsidy..");
}
