// Words that open, close and announce a talk on the groups' real days (see the labelled days
// in test/fixtures/real-days). A cue raises a stretch's score; it never makes a talk alone.

/** A presenter starting: `大家好，我是…`, `开始分享`, `今天和大家分享的是…`, `那我们开始吧`. */
export const openingCue =
	/开始分享|分享开始|开始吧|现在开始|时间到了|大家好|我是来自|我来自|(?:和|跟|给|为)大家(?:做个?|简单)?(?:分享|介绍|聊聊)|今天(?:的)?分享|抛砖引玉/u;

/** A presenter finishing: `以上就是我的分享`, `分享完毕，大家多指教`, `谢谢大家`. */
export const closingCue =
	/以上就是|以上是|分享完毕|分享结束|分享就到这|到此结束|到此为止|就到这里|谢谢大家|感谢大家|多指教|请大家指教|欢迎(?:大家)?(?:踊跃)?(?:提问|交流|拍砖)|有什么问题|就这些/u;

/** A presenter ending for good (`以上就是我的分享`, `今晚就这样了吧`), unlike a section's
 * end (`以上是第一部分`). After it, whoever speaks next ends the talk. */
export const endingCue =
	/以上(?:就)?是(?!第|.{0,8}部分)|分享完毕|分享结束|分享就到这|到此结束|到此为止|今天就到这|就到这里|(?:今晚|今天)就这样|就这些/u;

/** A presenter going on after a break: `分享继续`, `继续分享`, `我们继续`. */
export const resumingCue = /继续/u;

/** A host announcing one: `今天请到一位朋友，@NAME 给大家做分享，主题是…`, `本周分享安排`. */
export const announcementCue = /分享安排|请到|做分享|主题是|分享主题|开始时间/u;

/** A question rather than a statement. */
export const questionCue = /(?:[？?]|吗|么|呢)\s*$/u;
