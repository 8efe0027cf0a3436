package dev.livecommerce.moderation.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.livecommerce.claims.ClaimEngine;
import dev.livecommerce.claims.ClaimType;
import dev.livecommerce.claims.DefaultClaimRules;
import dev.livecommerce.moderation.room.LiveRoom;
import dev.livecommerce.moderation.room.RoomState;
import dev.livecommerce.moderation.violation.Channel;
import dev.livecommerce.moderation.violation.DetectedViolation;

class StreamDetectorTest {

    private static final ClaimEngine ENGINE = ClaimEngine.compile(DefaultClaimRules.load());
    private static final Instant NOW = Instant.parse("2025-11-11T12:00:00Z");
    private static final LiveRoom ROOM = new LiveRoom("room-1", "m-1", "host-1", Set.of("APPAREL"), RoomState.LIVE,
            NOW);

    private final StreamDetector detector = new StreamDetector(ENGINE, limits(), Clock.fixed(NOW, ZoneOffset.UTC));

    static DetectionLimits limits() {
        Map<ClaimType, Severity> severities = new EnumMap<>(ClaimType.class);
        severities.put(ClaimType.ABSOLUTE_TERM, Severity.MEDIUM);
        severities.put(ClaimType.EFFICACY_CLAIM, Severity.HIGH);
        severities.put(ClaimType.OFF_PLATFORM_CONTACT, Severity.MEDIUM);
        severities.put(ClaimType.FALSE_PRICE, Severity.HIGH);
        severities.put(ClaimType.PROHIBITED_GOODS, Severity.CRITICAL);
        return new DetectionLimits(severities, 32, 10_000, 5, 32, 60_000, 3, 1000, 1000, Duration.ofMinutes(30));
    }

    private int sequence;

    private Segment speech(String text, long offsetMs) {
        return new Segment("seg-" + (++sequence), ROOM.roomId(), Channel.SPEECH, ROOM.hostId(), text, offsetMs, 2000L,
                OffsetDateTime.now());
    }

    private Segment chat(String viewer, String text, long offsetMs) {
        return new Segment("chat-" + (++sequence), ROOM.roomId(), Channel.CHAT, viewer, text, offsetMs, null,
                OffsetDateTime.now());
    }

    @Test
    void aPhraseSplitAcrossTwoSpeechSegmentsIsReportedOnceWhereItCompletes() {
        assertThat(detector.detect(ROOM, speech("家人们今天这个价格是全网最", 0))).isEmpty();
        Segment second = speech("低价了，赶紧下单", 2000);
        List<DetectedViolation> found = detector.detect(ROOM, second);
        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.type()).isEqualTo(ClaimType.FALSE_PRICE);
            assertThat(v.ruleId()).isEqualTo("false-price");
            assertThat(v.segmentId()).isEqualTo(second.segmentId());
            assertThat(v.start()).isZero();
            assertThat(v.matchedText()).isEqualTo("低价").isEqualTo(second.text().substring(v.start(), v.end()));
            assertThat(v.streamOffsetMs()).isEqualTo(2000);
            assertThat(v.severity()).isEqualTo("HIGH");
            assertThat(v.speakerId()).isEqualTo("host-1");
        });
        assertThat(detector.detect(ROOM, speech("真的很划算", 4000))).isEmpty();
    }

    @Test
    void aTermAlreadyReportedIsNotReportedAgainWhenTheNextSegmentExtendsIt() {
        assertThat(detector.detect(ROOM, speech("这件衣服是全网第一", 0))).extracting(DetectedViolation::matchedText)
                .containsExactly("全网第一");
        assertThat(detector.detect(ROOM, speech("名的爆款", 2000))).isEmpty();
    }

    @Test
    void segmentsFarApartInTheStreamAreNotJoined() {
        detector.detect(ROOM, speech("家人们今天这个价格是全网最", 0));
        assertThat(detector.detect(ROOM, speech("低价了", 60_000))).isEmpty();
    }

    @Test
    void aRedeliveredSegmentYieldsTheSameViolationIdsAndLeavesTheContextAlone() {
        detector.detect(ROOM, speech("家人们今天这个价格是全网最", 0));
        Segment second = speech("低价了，加我vx", 2000);
        List<DetectedViolation> first = detector.detect(ROOM, second);
        List<DetectedViolation> again = detector.detect(ROOM, second);
        assertThat(first).hasSize(2);
        assertThat(again).extracting(DetectedViolation::violationId)
                .containsExactlyElementsOf(first.stream().map(DetectedViolation::violationId).toList());
        assertThat(detector.detect(ROOM, speech("全网最", 4000))).isEmpty();
    }

    @Test
    void aRoomIsCheckedWithTheRulesOfAllItsCategories() {
        LiveRoom foodAndCosmetics = new LiveRoom("room-2", "m-1", "host-1", Set.of("FOOD", "COSMETICS"),
                RoomState.LIVE, NOW);
        LiveRoom apparel = new LiveRoom("room-3", "m-1", "host-1", Set.of("APPAREL"), RoomState.LIVE, NOW);
        String text = "这款面霜能祛斑，燕窝喝了能降血压";
        assertThat(detector.detect(foodAndCosmetics, new Segment("s-1", "room-2", Channel.SPEECH, "host-1", text, 0,
                1000L, OffsetDateTime.now()))).extracting(DetectedViolation::ruleId)
                .contains("efficacy-claims-cosmetics", "efficacy-claims-food");
        assertThat(detector.detect(apparel, new Segment("s-2", "room-3", Channel.SPEECH, "host-1", text, 0, 1000L,
                OffsetDateTime.now()))).isEmpty();
    }

    @Test
    void aPhoneNumberTypedInPiecesByOneViewerIsFoundOnTheMessageThatCompletesIt() {
        assertThat(detector.detect(ROOM, chat("viewer-1", "138", 1000))).isEmpty();
        assertThat(detector.detect(ROOM, chat("viewer-2", "0013", 1500))).isEmpty();
        assertThat(detector.detect(ROOM, chat("viewer-1", "0013", 2000))).isEmpty();
        Segment last = chat("viewer-1", "8000", 3000);
        assertThat(detector.detect(ROOM, last)).singleElement().satisfies(v -> {
            assertThat(v.type()).isEqualTo(ClaimType.OFF_PLATFORM_CONTACT);
            assertThat(v.channel()).isEqualTo(Channel.CHAT);
            assertThat(v.speakerId()).isEqualTo("viewer-1");
            assertThat(v.matchedText()).isEqualTo("8000");
        });
        assertThat(detector.detect(ROOM, chat("viewer-2", "8000", 3500))).isEmpty();
    }

    @Test
    void aHandleRepeatedByOneViewerIsFoundFromTheThirdMessageOn() {
        assertThat(detector.detect(ROOM, chat("viewer-1", "abc8888", 1000))).isEmpty();
        assertThat(detector.detect(ROOM, chat("viewer-2", "abc8888", 1100))).isEmpty();
        assertThat(detector.detect(ROOM, chat("viewer-1", "找我 ABC8888", 2000))).isEmpty();
        assertThat(detector.detect(ROOM, chat("viewer-1", "ａｂｃ８８８８ 懂的来", 3000))).singleElement()
                .satisfies(v -> {
                    assertThat(v.ruleId()).isEqualTo(StreamDetector.REPEATED_HANDLE_RULE);
                    assertThat(v.type()).isEqualTo(ClaimType.OFF_PLATFORM_CONTACT);
                    assertThat(v.matchedText()).isEqualTo("ａｂｃ８８８８");
                });
        assertThat(detector.detect(ROOM, chat("viewer-3", "666666", 3100))).isEmpty();
    }

    @Test
    void chatMessagesOutsideTheWindowDoNotCombine() {
        detector.detect(ROOM, chat("viewer-1", "138", 0));
        detector.detect(ROOM, chat("viewer-1", "0013", 1000));
        assertThat(detector.detect(ROOM, chat("viewer-1", "8000", 120_000))).isEmpty();
    }

    @Test
    void aViolationInOneChatMessageIsReportedWithItsOwnSpan() {
        Segment message = chat("viewer-1", "主播加我微信聊", 0);
        assertThat(detector.detect(ROOM, message)).singleElement().satisfies(v -> {
            assertThat(v.matchedText()).isEqualTo(message.text().substring(v.start(), v.end()));
            assertThat(v.start()).isPositive();
        });
    }

    @Test
    void aSpeechTailShorterThanTheLongestTermIsRefused() {
        DetectionLimits l = limits();
        DetectionLimits tooShort = new DetectionLimits(l.severities(), 2, l.speechGapMaxMs(), l.chatMessagesMax(),
                l.chatTailCharsMax(), l.chatWindowMs(), l.handleRepeatsMin(), l.roomsMax(), l.viewersMax(),
                l.idleExpiry());
        assertThatThrownBy(() -> new StreamDetector(ENGINE, tooShort, Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("longest term");
    }
}
