package catalog

// The documents, as the catalog names them in every requirement's source.
const (
	// DocGongZhi2015168 is the 2015 national work norm of the Ministry of Public Security and the Ministry of
	// Education.
	DocGongZhi2015168 = "公治〔2015〕168号《中小学幼儿园安全防范工作规范(试行)》(公安部办公厅、教育部办公厅)"
	// DocGBT29315v2022 is the 2022 national standard on campus security requirements.
	DocGBT29315v2022 = "GB/T 29315-2022《中小学、幼儿园安全防范要求》"
	// DocGBT29315v2012 is the 2012 national standard on campus security technical systems.
	DocGBT29315v2012 = "GB/T 29315-2012《中小学、幼儿园安全技术防范系统要求》"
	// DocFujian2010 is the Fujian provincial notice of 2010-03-31, named by its issuers and date as the press reports
	// give them; its number and title are matched to 闽公综〔2010〕172号 by inference (see the package documentation).
	DocFujian2010 = "福建省教育厅、公安厅、省委编办、财政厅2010年3月31日通知(推定即闽公综〔2010〕172号《关于切实加强中小学幼儿园及周边治安保卫工作的通知》)"
	// DocGuoBanFa201735 is the State Council General Office's 2017 opinion on campus safety risk prevention.
	DocGuoBanFa201735 = "国办发〔2017〕35号《国务院办公厅关于加强中小学幼儿园安全风险防控体系建设的意见》"
	// DocFourHundred is the 2019–2021 national three-year action plan and its "4个100%" targets.
	DocFourHundred = "全国中小学(幼儿园)安全防范建设三年行动计划(2019–2021)\"4个100%\"(公安部、教育部)"
)

// Addresses of the "4个100%" sources (the standards' addresses are in their JSON).
const (
	url4x100Conf2019a = "https://m.news.shi-fen.com/china/201905/50-328372.html"
	url4x100Conf2019b = "https://www.hzxhbags.com/hyxw/150.html"
	url4x100Press2021 = "http://cguiw.com/rd/2021032616739.html"
	url4x100MOE2020   = "https://edu.hczyw.com/2020/1106/47411.html"
	url4x100MOEReply  = "https://www.121xx.cn/art/info/17460058"
	// url4x100Result2022 reports the end-of-plan figures (中国警察网, 2022-01-05): 99.71 % of 中小学 under closed
	// management, 95.74 % of 中小学 with guards.
	url4x100Result2022 = "http://News.21csp.com.cn/c3/202201/11411575.html"
)
