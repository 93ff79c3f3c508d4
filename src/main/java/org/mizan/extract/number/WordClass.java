package org.mizan.extract.number;

/** What a number word contributes when numbers are spelled out. */
enum WordClass {

	/** 0..9 */
	UNIT,
	/** أحد، اثنا: a unit only before عشر */
	TEEN_HEAD,
	/** عشر، عشرة */
	TEN,
	/** one-word teens of spoken Arabic */
	TEEN,
	/** 20..90 */
	TENS,
	/** 100..900 */
	HUNDRED,
	/** ألف، مليون... multiplies what comes before */
	SCALE,
	/** آلاف، ملايين: a scale that needs a number before it */
	PLURAL_SCALE,
	/** ألفين، مليونان: a whole number */
	DUAL_SCALE,
	/** الأول، الخامسة */
	ORDINAL,
	/** نصف، ربع، ثلث */
	FRACTION

}
